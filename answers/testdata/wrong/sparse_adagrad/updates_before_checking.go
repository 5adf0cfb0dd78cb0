// Wrong solution for sparse_adagrad: checks each index as it goes, so a bad one leaves the earlier ones updated.
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
	seen := make(map[int]bool, len(idx))
	for k, j := range idx {
		if j < 0 || j >= len(theta) {
			return fmt.Errorf("index %d (pair %d) is outside theta's %d coordinates", j, k, len(theta))
		}
		if seen[j] {
			continue
		}
		seen[j] = true
		g := 0.0
		for m := k; m < len(idx); m++ {
			if idx[m] == j {
				g += vals[m]
			}
		}
		if g == 0 {
			continue
		}
		sum[j] += g * g
		theta[j] -= lr * g / math.Sqrt(sum[j]+eps)
	}
	return nil
}
