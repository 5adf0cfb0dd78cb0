// Exercise l2: an L2 penalty and its gradient.
//
// Read first: chapter 02-core-concepts, "Regularization".
//
// L2 regularization adds a penalty on large weights to the loss,
//
//	R(w) = (α/2) · Σᵢ wᵢ²,
//
// with α ≥ 0 its strength. The ½ is a convention that cancels a factor in
// the derivative; with it, this is PyTorch's weight_decay = α, while Keras's
// l2(α) means α·Σ wᵢ² (no ½). This workbook uses the ½.
//
// L2Penalty returns R(w). AddL2Grad adds the gradient of R, ∂R/∂wᵢ for
// every i (work it out), to a loss gradient that has already been computed,
// in place: that is how a training loop applies a penalty, one gradient
// added to another. It does not change w.
//
// Check it with: go run . check l2   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch02

// L2Penalty returns (alpha/2)·Σ w[i]².
func L2Penalty(w []float64, alpha float64) float64 {
	// TODO: the penalty.
	return 0
}

// AddL2Grad adds the gradient of L2Penalty(w, alpha) to grad, in place.
func AddL2Grad(grad, w []float64, alpha float64) {
	// TODO: add the penalty's gradient to grad.
}
