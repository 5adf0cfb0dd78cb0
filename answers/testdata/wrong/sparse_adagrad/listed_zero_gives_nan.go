// Exercise sparse_adagrad (wrong: steps every listed coordinate, even one whose gradient sums to 0: with s = 0 and ε = 0 that is 0/0 = NaN, where the dense step leaves it alone).
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
			return fmt.Errorf("index %d (pair %d) is outside theta", j, k)
		}
		grad[j] += vals[k]
	}
	for j, g := range grad {
		sum[j] += g * g
		theta[j] -= lr * g / math.Sqrt(sum[j]+eps)
	}
	return nil
}
