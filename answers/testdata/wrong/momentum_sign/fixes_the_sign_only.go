// Exercise momentum_sign (wrong: fixes the sign but still moves θ along the old velocity).
package ch03

// KerasMomentumStep does one momentum update in Keras's form.
func KerasMomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	for i := range theta {
		theta[i] += velocity[i]
		velocity[i] = beta*velocity[i] - lr*grad[i]
	}
}
