// Exercise bce: binary cross-entropy that stays finite at p = 0 and p = 1.
//
// Read first: chapter 01-background, "Mind the brackets".
//
// For a predicted probability p ∈ [0, 1] and a label y ∈ [0, 1], the binary
// cross-entropy (log loss) averaged over n samples is
//
//	BCE(p, y) = −(1/n) · Σᵢ [ yᵢ·log pᵢ + (1 − yᵢ)·log(1 − pᵢ) ]
//
// Mind the brackets: the minus sign and the 1/n apply to both terms (one of
// the source articles drops them). A model that is certain, p = 0 or p = 1,
// makes log 0 = −Inf appear; clamp every p into [eps, 1 − eps] first, as
// Keras does, so the loss stays finite:
//
//	p̂ = min(max(p, eps), 1 − eps)
//
// An empty batch has loss 0. Do not change p or y.
//
// Check it with: descent check bce
package ch01

// eps keeps log away from 0; it is the value Keras uses.
const eps = 1e-7

// BCE returns the mean binary cross-entropy of the probabilities p against
// the labels y.
func BCE(p, y []float64) float64 {
	// TODO: for each i clamp p[i] into [eps, 1−eps], then add
	// y[i]·log(p̂) + (1−y[i])·log(1−p̂). Return minus the sum, divided by n.
	return 0
}
