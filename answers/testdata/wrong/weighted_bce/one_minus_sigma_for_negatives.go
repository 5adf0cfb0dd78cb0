// Exercise weighted_bce (wrong: for z < 0 computes σ(z) as 1 − σ(−z), which rounds to 0 below about −37: a negative row's gradient vanishes there).
package ch05

import "math"

// WeightedBCE returns the class-weighted mean binary cross-entropy of the
// logits z against the labels y, and its gradient with respect to z.
func WeightedBCE(z, y []float64, w0, w1 float64) (loss float64, grad []float64) {
	grad = make([]float64, len(z))
	if len(z) == 0 {
		return 0, grad
	}
	n := float64(len(z))
	for i, zi := range z {
		w := w0
		if y[i] == 1 {
			w = w1
		}
		e := math.Exp(-math.Abs(zi))
		loss += w * (math.Max(zi, 0) - zi*y[i] + math.Log1p(e)) / n
		sigma := 1 / (1 + e)
		if zi < 0 {
			sigma = 1 - sigma
		}
		grad[i] = w * (sigma - y[i]) / n
	}
	return loss, grad
}
