// Exercise l1: an L1 penalty and its subgradient.
//
// Read first: chapter 02-core-concepts, "L1 and L2 do different things".
//
// L1 regularization penalizes the absolute size of the weights,
//
//	R(w) = α · Σᵢ |wᵢ|,
//
// with α ≥ 0 its strength (no ½ here). |w| has slope −1 for w < 0 and +1
// for w > 0, and no derivative at w = 0, where any value in [−1, 1] is a
// valid subgradient; take 0 there, so that a weight already at zero is not
// pushed off it.
//
// L1Penalty returns R(w). L1Subgrad returns a subgradient of R, one entry
// per weight, in a new slice; it does not change w.
//
// Check it with: go run . check l1   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch02

// L1Penalty returns alpha·Σ |w[i]|.
func L1Penalty(w []float64, alpha float64) float64 {
	// TODO: the penalty.
	return 0
}

// L1Subgrad returns a subgradient of L1Penalty at w, taking 0 where w[i] = 0.
func L1Subgrad(w []float64, alpha float64) []float64 {
	// TODO: one subgradient entry per weight, in a new slice.
	return nil
}
