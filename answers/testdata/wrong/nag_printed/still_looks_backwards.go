// Exercise nag_printed (wrong: keeps the printed look-ahead θ − v, with one gradient per step).
package ch03

// NAGStep does one step of Nesterov's accelerated gradient, with velocity
// the step taken.
func NAGStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	ahead := make([]float64, len(theta))
	for i := range theta {
		ahead[i] = theta[i] - beta*velocity[i]
	}
	g := grad(ahead)
	for i := range theta {
		velocity[i] = beta*velocity[i] - lr*g[i]
		theta[i] += velocity[i]
	}
}
