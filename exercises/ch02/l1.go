// Exercise l1: an L1 penalty and its subgradient.
//
// Read first: chapter 02-core-concepts, "Regularization".
//
// L1 regularization penalizes the absolute size of the weights and pushes
// small ones to exactly zero, which makes models sparse:
//
//	R(w) = λ · Σᵢ |wᵢ|,   ∂R/∂wᵢ = λ·sign(wᵢ)
//
// |w| has no derivative at w = 0. Any value in [−λ, λ] is a valid
// subgradient there; take 0, so a weight that is already zero stays put.
//
// Check it with: descent check l1
package ch02

// L1Penalty returns lambda·Σ |w[i]|.
func L1Penalty(w []float64, lambda float64) float64 {
	// TODO: sum |w[i]| (math.Abs), multiply by lambda.
	return 0
}

// L1Subgrad returns lambda·sign(w[i]) for each weight, with sign(0) = 0.
func L1Subgrad(w []float64, lambda float64) []float64 {
	g := make([]float64, len(w))
	// TODO: +lambda for positive weights, −lambda for negative ones, 0 for zero.
	return g
}
