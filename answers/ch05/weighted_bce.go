// Exercise weighted_bce: class-weighted binary cross-entropy on logits, and its gradient (answer).
//
// J = (1/n)·Σᵢ w_{yᵢ}·ℓ(zᵢ, yᵢ);  ∂J/∂zᵢ = w_{yᵢ}·(σ(zᵢ) − yᵢ)/n.
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
			sigma = e / (1 + e)
		}
		grad[i] = w * (sigma - y[i]) / n
	}
	return loss, grad
}
