// Exercise clip_norm (wrong: clamps each entry to [−c, c], which changes the direction).
package ch03

import "math"

// ClipGlobalNorm rescales grads, all slices together, so that their global
// norm is at most maxNorm, and returns the norm before clipping.
func ClipGlobalNorm(grads [][]float64, maxNorm float64) (normBefore float64) {
	for _, layer := range grads {
		for i, g := range layer {
			normBefore = math.Hypot(normBefore, g)
			if maxNorm > 0 {
				layer[i] = math.Max(-maxNorm, math.Min(maxNorm, g))
			}
		}
	}
	return normBefore
}
