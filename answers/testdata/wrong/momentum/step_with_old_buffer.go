// Exercise momentum (wrong: steps along the buffer before this step's gradient is in it).
package ch03

// MomentumStep does one heavy-ball update of theta and of its buffer,
// velocity.
func MomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	for i, g := range grad {
		theta[i] -= lr * velocity[i]
		velocity[i] = beta*velocity[i] + g
	}
}
