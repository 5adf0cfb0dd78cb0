// Exercise clip_norm: clip a model's gradient by its global norm (wrong: scales by the largest entry to avoid overflow, so an all-zero gradient divides 0 by 0).
//
// ‖g‖ = √(Σ Σ gᵢ²) over every slice; if ‖g‖ > c, g ← g·c/‖g‖.
package ch03

import "math"

// ClipGlobalNorm rescales grads, all slices together, so that their global
// norm is at most maxNorm, and returns the norm before clipping.
func ClipGlobalNorm(grads [][]float64, maxNorm float64) (normBefore float64) {
	var largest float64
	for _, layer := range grads {
		for _, g := range layer {
			largest = math.Max(largest, math.Abs(g))
		}
	}
	var sum float64
	for _, layer := range grads {
		for _, g := range layer {
			r := g / largest
			sum += r * r
		}
	}
	normBefore = largest * math.Sqrt(sum)
	if !(maxNorm > 0) || normBefore <= maxNorm {
		return normBefore
	}
	scale := maxNorm / normBefore
	for _, layer := range grads {
		for i := range layer {
			layer[i] *= scale
		}
	}
	return normBefore
}
