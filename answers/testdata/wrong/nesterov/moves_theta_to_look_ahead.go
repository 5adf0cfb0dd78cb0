// Exercise nesterov (wrong: moves θ itself to the look-ahead point and asks grad about θ).
package ch03

// NesterovStep does one Nesterov-momentum update of theta and of its
// buffer, velocity.
func NesterovStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	for i := range theta {
		theta[i] -= lr * beta * velocity[i]
	}
	g := grad(theta)
	for i := range theta {
		theta[i] += lr * beta * velocity[i]
		velocity[i] = beta*velocity[i] + g[i]
		theta[i] -= lr * velocity[i]
	}
}
