// Exercise sparse_adagrad: a lazy Adagrad update (answer).
//
// for each pair (k, gₖ): Gₖ ← Gₖ + gₖ²;  θₖ ← θₖ − η·gₖ / (√Gₖ + ε)
package ch05

import "math"

// SparseAdagradStep applies the gradient given as pairs (idx[k], vals[k]).
func SparseAdagradStep(theta, sumSq []float64, idx []int, vals []float64, lr, eps float64) {
	for k, i := range idx {
		g := vals[k]
		sumSq[i] += g * g
		theta[i] -= lr * g / (math.Sqrt(sumSq[i]) + eps)
	}
}
