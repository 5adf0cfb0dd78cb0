// Exercise momentum_sign (wrong: fixes the order but the velocity still adds +η·g, uphill).
package ch03

// KerasMomentumStep does one momentum update in Keras's form.
func KerasMomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	for i := range theta {
		velocity[i] = beta*velocity[i] + lr*grad[i]
		theta[i] += velocity[i]
	}
}
