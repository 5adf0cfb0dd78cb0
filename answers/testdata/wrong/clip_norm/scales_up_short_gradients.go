// Exercise clip_norm (wrong: rescales every gradient to length c, short ones too).
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
	if maxNorm > 0 && normBefore > 0 {
		for _, layer := range grads {
			for i := range layer {
				layer[i] *= maxNorm / normBefore
			}
		}
	}
	return normBefore
}
