// Exercise momentum: SGD with momentum, the heavy ball (wrong: folds the gradient into grad itself and copies it to the buffer).
//
// b ← β·b + g;  θ ← θ − η·b
package ch03

// MomentumStep does one heavy-ball update of theta and of its buffer,
// velocity.
func MomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	for i := range grad {
		grad[i] += beta * velocity[i]
		velocity[i] = grad[i]
		theta[i] -= lr * velocity[i]
	}
}
