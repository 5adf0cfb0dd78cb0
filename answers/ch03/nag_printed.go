// Exercise nag_printed: repair the source document's Nesterov formula
// (answer).
//
// Sutskever et al. (2013): vₜ₊₁ = β·vₜ − η·∇J(θₜ + β·vₜ);  θₜ₊₁ = θₜ + vₜ₊₁.
// The printed formula looks the wrong way (θ − v), drops β from the
// look-ahead and subtracts the gradient a second time outside v.
package ch03

// NAGStep does one step of Nesterov's accelerated gradient, with velocity
// the step taken.
func NAGStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	ahead := make([]float64, len(theta))
	for i := range theta {
		ahead[i] = theta[i] + beta*velocity[i]
	}
	g := grad(ahead)
	for i := range theta {
		velocity[i] = beta*velocity[i] - lr*g[i]
		theta[i] += velocity[i]
	}
}
