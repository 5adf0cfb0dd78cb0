// Exercise clip_norm (wrong: a plain sum of squares, which overflows for huge entries).
package ch03

import "math"

// ClipGlobalNorm rescales grads, all slices together, so that their global
// norm is at most maxNorm, and returns the norm before clipping.
func ClipGlobalNorm(grads [][]float64, maxNorm float64) (normBefore float64) {
	var sum float64
	for _, layer := range grads {
		for _, g := range layer {
			sum += g * g
		}
	}
	normBefore = math.Sqrt(sum)
	if maxNorm > 0 && normBefore > maxNorm {
		for _, layer := range grads {
			for i := range layer {
				layer[i] *= maxNorm / normBefore
			}
		}
	}
	return normBefore
}
