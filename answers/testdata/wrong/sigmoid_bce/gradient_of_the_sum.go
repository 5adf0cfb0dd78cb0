// Exercise sigmoid_bce: derive the gradient of binary cross-entropy on logits (wrong: leaves the 1/n out of the gradient).
//
// ∂ℓ/∂z = σ(z) − y, so ∂J/∂zᵢ = (σ(zᵢ) − yᵢ)/n, with σ computed from
// e^−|z| so that nothing overflows.
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
			sigma = e / (1 + e)
		}
		grad[i] = sigma - y[i]
	}
	return loss, grad
}
