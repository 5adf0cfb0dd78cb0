// Exercise sigmoid_bce (wrong: for z < 0 computes σ(z) as 1 − σ(−z), which rounds to 0 once σ(z) < 1e-17: the gradient of a row with y = 0 at z = −40 vanishes).
package ch04

import "math"

// BCEWithLogits returns the mean binary cross-entropy of the logits z
// against the labels y, and its gradient with respect to z.
func BCEWithLogits(z, y []float64) (loss float64, grad []float64) {
	grad = make([]float64, len(z))
	if len(z) == 0 {
		return 0, grad
	}
	n := float64(len(z))
	for i, zi := range z {
		e := math.Exp(-math.Abs(zi))
		loss += (math.Max(zi, 0) - zi*y[i] + math.Log1p(e)) / n
		sigma := 1 / (1 + e) // σ(|z|)
		if zi < 0 {
			sigma = 1 - sigma
		}
		grad[i] = (sigma - y[i]) / n
	}
	return loss, grad
}
