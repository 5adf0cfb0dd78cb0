// Exercise momentum_sign (wrong: descends by subtracting v, so v holds the negative of the step).
package ch03

// KerasMomentumStep does one momentum update in Keras's form.
func KerasMomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	for i := range theta {
		velocity[i] = beta*velocity[i] + lr*grad[i]
		theta[i] -= velocity[i]
	}
}
