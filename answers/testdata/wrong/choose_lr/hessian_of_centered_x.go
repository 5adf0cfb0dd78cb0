// Exercise choose_lr (wrong: takes the Hessian of the centered problem, 2·diag(1, var x), as if x had mean 0).
package ch04

import "math"

// ChooseLR returns the learning rate for gradient descent on the points x.
func ChooseLR(x []float64) float64 {
	n := float64(len(x))
	mean := 0.0
	for _, v := range x {
		mean += v / n
	}
	variance := 0.0
	for _, v := range x {
		variance += (v - mean) * (v - mean) / n
	}
	mu, L := math.Min(2, 2*variance), math.Max(2, 2*variance)
	return 2 / (mu + L)
}
