// Exercise nesterov (wrong: the look-ahead point has the wrong sign, θ + η·β·b, which looks behind).
package ch03

// NesterovStep does one Nesterov-momentum update of theta and of its
// buffer, velocity.
func NesterovStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	ahead := make([]float64, len(theta))
	for i := range theta {
		ahead[i] = theta[i] + lr*beta*velocity[i]
	}
	g := grad(ahead)
	for i := range theta {
		velocity[i] = beta*velocity[i] + g[i]
		theta[i] -= lr * velocity[i]
	}
}
