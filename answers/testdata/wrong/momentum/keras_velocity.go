// Exercise momentum (wrong: Keras's velocity, which holds −η·g, in place of the buffer of gradients).
package ch03

// MomentumStep does one heavy-ball update of theta and of its buffer,
// velocity.
func MomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	for i, g := range grad {
		velocity[i] = beta*velocity[i] - lr*g
		theta[i] += velocity[i]
	}
}
