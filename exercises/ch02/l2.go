// Exercise l2: an L2 penalty and its gradient.
//
// Read first: chapter 02-core-concepts, "Regularization".
//
// L2 regularization (weight decay) adds a penalty on large weights to the
// loss, which pulls every weight a little toward zero at each step:
//
//	R(w) = (λ/2) · Σᵢ wᵢ²,   ∂R/∂wᵢ = λ·wᵢ
//
// The ½ is a convention that cancels the 2 of the derivative; Keras' l2(λ)
// has no ½, so its gradient is 2λ·w. This workbook uses the ½.
//
// AddL2Grad adds the penalty's gradient to a loss gradient that is already
// computed, in place: that is how an optimizer applies it. Do not change w.
//
// Check it with: descent check l2
package ch02

// L2Penalty returns (lambda/2)·Σ w[i]².
func L2Penalty(w []float64, lambda float64) float64 {
	// TODO: sum w[i]², multiply by lambda/2.
	return 0
}

// AddL2Grad adds lambda·w[i] to grad[i] for every i.
func AddL2Grad(grad, w []float64, lambda float64) {
	// TODO: grad[i] += lambda * w[i].
}
