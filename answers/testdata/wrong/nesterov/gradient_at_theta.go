// Exercise nesterov (wrong: takes the gradient at θ, which is plain momentum).
package ch03

// NesterovStep does one Nesterov-momentum update of theta and of its
// buffer, velocity.
func NesterovStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	g := grad(append([]float64(nil), theta...))
	for i := range theta {
		velocity[i] = beta*velocity[i] + g[i]
		theta[i] -= lr * velocity[i]
	}
}
