// Exercise momentum (wrong: updates the buffer but steps along the raw gradient).
package ch03

// MomentumStep does one heavy-ball update of theta and of its buffer,
// velocity.
func MomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	for i, g := range grad {
		velocity[i] = beta*velocity[i] + g
		theta[i] -= lr * g
	}
}
