// Exercise clip_norm: clip a model's gradient by its global norm (wrong: puts new, clipped slices into grads instead of clipping the layers' own slices in place).
//
// ‖g‖ = √(Σ Σ gᵢ²) over every slice; if ‖g‖ > c, g ← g·c/‖g‖.
package ch03

import "math"

// ClipGlobalNorm rescales grads, all slices together, so that their global
// norm is at most maxNorm, and returns the norm before clipping.
func ClipGlobalNorm(grads [][]float64, maxNorm float64) (normBefore float64) {
	for _, layer := range grads {
		for _, g := range layer {
			normBefore = math.Hypot(normBefore, g)
		}
	}
	if !(maxNorm > 0) || normBefore <= maxNorm {
		return normBefore
	}
	scale := maxNorm / normBefore
	for k, layer := range grads {
		clipped := make([]float64, len(layer))
		for i, g := range layer {
			clipped[i] = g * scale
		}
		grads[k] = clipped
	}
	return normBefore
}
