// Exercise focal: derive the gradient of the focal loss on logits.
//
// Read first: chapter 05-future-trends, "Five remedies side by side".
//
// Focal loss (Lin et al. 2017) scales each row's cross-entropy by
// (1 − pₜ)^γ, where pₜ is the probability the model gives the row's true
// class: rows it already gets right fade, hard rows keep their weight.
// For a logit z and a label y ∈ {0, 1}, with s = 2y − 1 (so s = +1 for a
// positive, −1 for a negative):
//
//	pₜ = σ(s·z)                  (σ(z) for y = 1, 1 − σ(z) for y = 0)
//	FL(z, y) = −(1 − pₜ)^γ · log pₜ
//	J(z) = (1/n)·Σᵢ FL(zᵢ, yᵢ)
//
// γ ≥ 0 is the focusing exponent (the paper's is 2; γ = 0 is plain binary
// cross-entropy). This is core/loss's BinaryFocalFromLogits with no class
// balancing (α); the tests compare with it and with central differences.
//
// Return J and its gradient, ∂J/∂zᵢ for every row. Derive the gradient
// on paper first: go through pₜ with the chain rule (dσ(u)/du =
// σ(u)·(1 − σ(u))), differentiate both factors of FL, and simplify until
// the result is written in pₜ, log pₜ and 1 − pₜ. Then make every quantity
// finite for any finite z, z = ±1000 included: at s·z = −1000, pₜ rounds
// to 0, yet log pₜ is a perfectly good −1000; at s·z = 1000, 1 − pₜ
// rounds to 0 and so should the gradient's modulating part.
//
// For n = 0 return 0 and an empty gradient. Do not change z or y.
//
// Check it with: go run . check focal   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch05

// FocalLoss returns the mean binary focal loss of the logits z against the
// labels y with exponent gamma, and its gradient with respect to z.
func FocalLoss(z, y []float64, gamma float64) (loss float64, grad []float64) {
	// TODO: the mean of FL over the rows, computed stably, and your
	// derived ∂J/∂zᵢ for each row.
	return 0, nil
}
