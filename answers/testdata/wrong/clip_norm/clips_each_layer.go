// Exercise clip_norm (wrong: clips each slice by its own norm).
package ch03

import "math"

// ClipGlobalNorm rescales grads, all slices together, so that their global
// norm is at most maxNorm, and returns the norm before clipping.
func ClipGlobalNorm(grads [][]float64, maxNorm float64) (normBefore float64) {
	for _, layer := range grads {
		var n float64
		for _, g := range layer {
			n = math.Hypot(n, g)
		}
		normBefore = math.Hypot(normBefore, n)
		if maxNorm > 0 && n > maxNorm {
			for i := range layer {
				layer[i] *= maxNorm / n
			}
		}
	}
	return normBefore
}
