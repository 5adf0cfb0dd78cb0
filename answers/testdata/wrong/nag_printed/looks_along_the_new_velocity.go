// Exercise nag_printed: repair the source document's Nesterov formula
// (wrong: the look-ahead along the new velocity, θ + v after the update, which needs the gradient at θ first).
//
// Sutskever et al. (2013): vₜ₊₁ = β·vₜ − η·∇J(θₜ + β·vₜ);  θₜ₊₁ = θₜ + vₜ₊₁.
package ch03

// NAGStep does one step of Nesterov's accelerated gradient, with velocity
// the step taken.
func NAGStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	g := grad(append([]float64(nil), theta...))
	for i := range theta {
		velocity[i] = beta*velocity[i] - lr*g[i]
	}
	ahead := make([]float64, len(theta))
	for i := range theta {
		ahead[i] = theta[i] + velocity[i]
	}
	gAhead := grad(ahead)
	for i := range theta {
		velocity[i] += lr * (g[i] - gAhead[i])
		theta[i] += velocity[i]
	}
}
