// Exercise nag_printed: repair the source document's Nesterov formula
// (wrong: PyTorch's and Keras's rewritten form, with the gradient at θ, so velocity is not the step taken).
//
// Sutskever et al. (2013): vₜ₊₁ = β·vₜ − η·∇J(θₜ + β·vₜ);  θₜ₊₁ = θₜ + vₜ₊₁.
package ch03

// NAGStep does one step of Nesterov's accelerated gradient, with velocity
// the step taken.
func NAGStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	g := grad(append([]float64(nil), theta...))
	for i := range theta {
		velocity[i] = beta*velocity[i] - lr*g[i]
		theta[i] += beta*velocity[i] - lr*g[i]
	}
}
