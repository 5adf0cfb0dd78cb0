// Exercise nag_printed: repair the source document's Nesterov formula.
//
// Read first: chapter 03-algorithms, "The source document's Nesterov
// formula".
//
// Document 001 prints momentum and Nesterov's accelerated gradient as
//
//	vₜ = β·vₜ₋₁ − α·∇J(θₜ)
//	θₜ₊₁ = θₜ − α·∇J(θₜ − vₜ) + vₜ
//
// and NAGStep below is those two lines, transcribed faithfully (α is the
// learning rate lr). It is meant to be Nesterov's method in Keras's
// velocity form, as Sutskever, Martens, Dahl and Hinton (2013) write it:
// velocity holds the step just taken, θ moves by exactly velocity, and the
// one gradient of each step is taken at the point the old velocity is
// about to carry θ to.
//
// It does not behave like that. On J(θ) = θ, whose slope is 1 everywhere,
// from θ = 0 and v = 0 with lr = 0.1 and β = 0.9, its first step lands on
// −0.2 where a gradient step of 0.1 was due; it asks for two gradients per
// step; and on the bowl J = ½(x² + 25y²) it diverges at settings where
// Nesterov converges. Repair it.
//
// Contract: theta and velocity have the same length; update them in place.
//
// Race it by hand (from the repository root): this prints your path as
// JSON lines, one point per step; --func also takes rosenbrock, beale,
// himmelblau, saddle and ellipse.
//
//	go run ./exercises/race --opt nag_printed --func quadratic --lr 0.05 --steps 100
//
// Check it with: go run . check nag_printed   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch03

// NAGStep does one step of Nesterov's accelerated gradient, with velocity
// the step taken.
func NAGStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	// vₜ = β·vₜ₋₁ − α·∇J(θₜ)
	g := grad(append([]float64(nil), theta...))
	for i := range velocity {
		velocity[i] = beta*velocity[i] - lr*g[i]
	}
	// θₜ₊₁ = θₜ − α·∇J(θₜ − vₜ) + vₜ
	ahead := make([]float64, len(theta))
	for i := range theta {
		ahead[i] = theta[i] - velocity[i]
	}
	gAhead := grad(ahead)
	for i := range theta {
		theta[i] = theta[i] - lr*gAhead[i] + velocity[i]
	}
}
