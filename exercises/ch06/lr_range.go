// Exercise lr_range: the learning-rate range test, read through a smoothed
// loss.
//
// Read first: chapter 06-faq, "How do I choose a learning rate?".
//
// The range test (Smith 2017) trains for N mini-batches while the rate
// grows geometrically from lo to hi, so that every decade gets the same
// number of batches:
//
//	ηₖ = lo · (hi/lo)^(k/(N − 1)),   k = 0 … N − 1      (N = 1: just lo)
//
// One batch's loss is noisy, so the test reads an exponential moving
// average with bias correction, as fastai's lr_find does. For the k-th
// loss ℓₖ, counting from k = 1 (losses[0] is ℓ₁):
//
//	aₖ = β·aₖ₋₁ + (1 − β)·ℓₖ,   a₀ = 0,        sₖ = aₖ / (1 − βᵏ)
//
// Without the division, s₁ would be (1 − β)·ℓ₁, far below every real
// loss. β = 0 is no smoothing at all; β must be in [0, 1).
//
// The suggestion (fastai's "minimum" rule): walk through the smoothed
// losses in order and stop at the first one that is NaN or ±Inf or more
// than 4 times the lowest smoothed loss so far (the run has diverged; what
// follows is meaningless even if it comes back down). Among the smoothed
// losses before that point, take the lowest (the first, on ties), and
// suggest its rate divided by 10, a step back from the edge of stability.
//
// Errors: lrs and losses of different lengths, β outside [0, 1), or no
// finite smoothed loss at all.
//
// Check it with: go run . check lr_range   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch06

// GeometricLRs returns n learning rates spaced geometrically from lo to
// hi, both included; none for n < 1.
func GeometricLRs(lo, hi float64, n int) []float64 {
	// TODO
	return nil
}

// Smooth returns the bias-corrected moving averages s₁ … s_N of losses.
func Smooth(losses []float64, beta float64) []float64 {
	// TODO
	return nil
}

// SuggestLR returns the range test's suggestion: the rate of the lowest
// smoothed loss before divergence, divided by 10.
func SuggestLR(lrs, losses []float64, beta float64) (float64, error) {
	// TODO: check the inputs, smooth, walk until divergence, suggest.
	return 0, nil
}
