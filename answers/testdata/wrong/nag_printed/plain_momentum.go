// Exercise nag_printed (wrong: drops the look-ahead altogether, which is plain momentum).
package ch03

// NAGStep does one step of Nesterov's accelerated gradient, with velocity
// the step taken.
func NAGStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	g := grad(append([]float64(nil), theta...))
	for i := range theta {
		velocity[i] = beta*velocity[i] - lr*g[i]
		theta[i] += velocity[i]
	}
}
