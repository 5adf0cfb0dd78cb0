// Exercise momentum: SGD with momentum (answer).
//
// v ← β·v + g;  θ ← θ − η·v
package ch03

// MomentumStep does one momentum update of theta and its velocity.
func MomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	for i := range theta {
		velocity[i] = beta*velocity[i] + grad[i]
		theta[i] -= lr * velocity[i]
	}
}
