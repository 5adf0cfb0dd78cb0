// Exercise adamw: derive where L2 and decoupled weight decay leave a weight
// (wrong: divides the mean gradient by v̂ ≈ σ², not by its root).
//
// L2: c·(θ − 1) + α·θ = 0  ⇒  θ = c/(c + α).
// AdamW: wd·θ = E[m̂/√v̂] ≈ c·(1 − θ)/σ  ⇒  θ = c/(c + wd·σ).
package ch03

// L2Equilibrium returns where a weight of curvature c with its minimum at 1
// settles under an L2 penalty of strength alpha added to the loss.
func L2Equilibrium(c, alpha float64) float64 {
	return c / (c + alpha)
}

// AdamWEquilibrium returns where AdamW with decoupled decay wd leaves the
// same weight when its gradient carries noise of standard deviation sigma.
func AdamWEquilibrium(c, sigma, wd float64) float64 {
	return c / (c + wd*sigma*sigma)
}
