// Wrong solution for weighted_bce: computes p = σ(z), then −[y·log p + (1−y)·log(1−p)]: −Inf·0 and overflow at large |z|.
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
		sigma := 1 / (1 + math.Exp(-zi))
		loss -= w * (y[i]*math.Log(sigma) + (1-y[i])*math.Log(1-sigma)) / n
		grad[i] = w * (sigma - y[i]) / n
	}
	return loss, grad
}
