// Exercise adamw: derive where L2 and decoupled weight decay leave a weight.
//
// Read first: chapter 03-algorithms, "8. L2 in the loss versus decoupled
// weight decay".
//
// Take one weight θ with the loss f(θ) = ½·c·(θ − 1)², curvature c > 0, so
// that without regularization it would settle at θ = 1.
//
// L2Equilibrium: with an L2 penalty of strength α added to the loss,
// f + ½·α·θ², the gradient becomes c·(θ − 1) + α·θ. Any method that
// follows that gradient to zero (gradient descent, Adam with PyTorch's
// coupled weight_decay, …) ends where it vanishes. Derive that point.
//
// AdamWEquilibrium: AdamW instead shrinks the weight directly at every
// step, θ ← θ − η·wd·θ, and then takes Adam's step −η·m̂/(√v̂ + ε) with the
// plain gradient. Suppose the gradient carries noise: g = c·(θ − 1) + ξ
// with E[ξ] = 0 and standard deviation σ, and σ is much larger than the
// mean gradient c·(1 − θ) near the equilibrium. Then m̂ averages the noise
// out to about the mean gradient, while v̂ ≈ σ². Derive where the decay
// and the average Adam step cancel, and return it. For σ = 0 (no noise at
// all), argue what happens instead (the chapter's cell shows it) and
// return that.
//
// The tests compare your formulas with values and with long, seeded,
// noisy runs of core/optim's "adamw" and "adam".
//
// Contract: c > 0, α ≥ 0, wd ≥ 0, σ ≥ 0; ignore ε (it matters only when
// the gradient is as small as ε itself).
//
// Check it with: go run . check adamw   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch03

// L2Equilibrium returns where a weight of curvature c with its minimum at 1
// settles under an L2 penalty of strength alpha added to the loss.
func L2Equilibrium(c, alpha float64) float64 {
	// TODO: where the penalized gradient vanishes.
	return 0
}

// AdamWEquilibrium returns where AdamW with decoupled decay wd leaves the
// same weight when its gradient carries noise of standard deviation sigma.
func AdamWEquilibrium(c, sigma, wd float64) float64 {
	// TODO: where the decay balances the mean Adam step; and without noise.
	return 0
}
