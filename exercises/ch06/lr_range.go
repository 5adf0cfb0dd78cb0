// Exercise lr_range: a learning-rate range test.
//
// Read first: chapter 06-faq, "How do I choose a learning rate?".
//
// Train for a few hundred steps while raising the learning rate
// geometrically from lo to hi, and record the loss at each one. The loss
// falls, flattens, then shoots up (or turns NaN) once η passes the stable
// limit. Geometric spacing gives every decade the same number of points:
//
//	ηᵢ = lo · (hi/lo)^(i/(n−1)),   i = 0 … n−1
//
// (n = 1 gives just lo; n < 1 gives none.) A common rule of thumb then takes
// the learning rate with the lowest loss and divides it by 10, to stay
// clear of the cliff. Losses that are NaN or ±Inf mark divergence: skip
// them. If no loss is finite, there is nothing to suggest: return an error.
//
// Check it with: descent check lr_range
package ch06

import "errors"

// GeometricLRs returns n learning rates spaced geometrically from lo to hi.
func GeometricLRs(lo, hi float64, n int) []float64 {
	// TODO: lrs[i] = lo · math.Pow(hi/lo, float64(i)/float64(n−1)).
	return nil
}

// SuggestLR returns lrs[best]/10, where best has the smallest finite loss.
func SuggestLR(lrs, losses []float64) (float64, error) {
	// TODO: skip NaN and ±Inf (math.IsNaN, math.IsInf); keep the smallest.
	_ = errors.New // keeps the import until your code uses it
	return 0, nil
}
