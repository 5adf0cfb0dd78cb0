// Exercise label_smoothing: derive what label smoothing does to the loss.
//
// Read first: chapter 01-background, "Label smoothing".
//
// With C classes and true class k, label smoothing with strength s replaces
// the one-hot target by
//
//	ỹⱼ = (1 − s)·[j = k] + s/C
//
// and the loss of logits z = (z₁ … z_C) is the cross-entropy against it,
//
//	L(z) = −Σⱼ ỹⱼ · log pⱼ,   pⱼ = exp(zⱼ) / Σₘ exp(zₘ).
//
// Derive, on paper:
//
//  1. the gradient ∂L/∂zⱼ, and return it from SmoothedCEGrad;
//  2. where L is smallest: the logit gap zₖ − zⱼ (the same for every j ≠ k)
//     at the minimum, and the value of L there. Return both from
//     SmoothedOptimum.
//
// With s = 0 (hard targets) L has no minimum at any finite z: return a gap
// of +Inf and the infimum of L, 0.
//
// Contract: C ≥ 2 and 0 ≤ s < 1; 0 ≤ k < len(z). SmoothedCEGrad returns a
// new slice, finite for any finite logits (z = (0, 1000, −1000) is legal),
// and does not change z.
//
// Check it with: go run . check label_smoothing   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch01

// SmoothedCEGrad returns ∂L/∂z for the logits z, true class k and
// smoothing s.
func SmoothedCEGrad(z []float64, k int, s float64) []float64 {
	// TODO: the gradient you derived.
	return nil
}

// SmoothedOptimum returns the logit gap zₖ − zⱼ at which the smoothed loss
// over C classes is smallest, and the loss there.
func SmoothedOptimum(C int, s float64) (gap, minLoss float64) {
	// TODO: the minimizer's gap and the minimum value you derived.
	return 0, 0
}
