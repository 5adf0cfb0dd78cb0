// Exercise sparse_adagrad (wrong: builds the dense gradient, len(theta) numbers, and steps the coordinates that are not 0: exact, but its work grows with the model, not with the batch).
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
	for k, j := range idx {
		if j < 0 || j >= len(theta) {
			return fmt.Errorf("index %d (pair %d) is outside theta", j, k)
		}
	}
	g := make([]float64, len(theta))
	for k, j := range idx {
		g[j] += vals[k]
	}
	for j := range g {
		if g[j] == 0 {
			continue
		}
		sum[j] += g[j] * g[j]
		theta[j] -= lr * g[j] / math.Sqrt(sum[j]+eps)
	}
	return nil
}
