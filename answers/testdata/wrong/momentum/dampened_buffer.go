// Exercise momentum (wrong: an exponential average, b ← β·b + (1 − β)·g, instead of the heavy ball's sum).
package ch03

// MomentumStep does one heavy-ball update of theta and of its buffer,
// velocity.
func MomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	for i, g := range grad {
		velocity[i] = beta*velocity[i] + (1-beta)*g
		theta[i] -= lr * velocity[i]
	}
}
