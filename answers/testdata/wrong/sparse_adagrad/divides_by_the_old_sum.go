// Wrong solution for sparse_adagrad: divides by the root of s before adding g².
package ch05

import (
	"fmt"
	"math"
)

// SparseAdagradStep applies one Adagrad step for the sparse gradient given
// as pairs (idx[k], vals[k]), updating theta and the accumulator sum.
func SparseAdagradStep(theta, sum []float64, idx []int, vals []float64, lr, eps float64) error {
	if len(idx) != len(vals) {
		return fmt.Errorf("%d indices but %d values", len(idx), len(vals))
	}
	if len(theta) != len(sum) {
		return fmt.Errorf("theta has %d coordinates but sum has %d", len(theta), len(sum))
	}
	grad := make(map[int]float64, len(idx))
	for k, j := range idx {
		if j < 0 || j >= len(theta) {
			return fmt.Errorf("index %d (pair %d) is outside theta's %d coordinates", j, k, len(theta))
		}
		grad[j] += vals[k]
	}
	for j, g := range grad {
		if g == 0 {
			continue // the dense step leaves this coordinate alone too
		}
		theta[j] -= lr * g / math.Sqrt(sum[j]+eps)
		sum[j] += g * g
	}
	return nil
}
