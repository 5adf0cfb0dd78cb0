// Exercise adamw (wrong: AdamW's decay taken for an L2 penalty of strength wd, ignoring the noise).
package ch03

// L2Equilibrium returns where a weight of curvature c with its minimum at 1
// settles under an L2 penalty of strength alpha added to the loss.
func L2Equilibrium(c, alpha float64) float64 {
	return c / (c + alpha)
}

// AdamWEquilibrium returns where AdamW with decoupled decay wd leaves the
// same weight when its gradient carries noise of standard deviation sigma.
func AdamWEquilibrium(c, sigma, wd float64) float64 {
	return c / (c + wd)
}
