// Exercise sigmoid_bce: derive the gradient of binary cross-entropy on logits (wrong: takes log σ(z) and log(1 − σ(z)) directly, which is −Inf for a confident mistake).
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
		sigma := 1 / (1 + e) // σ(|z|)
		if zi < 0 {
			sigma = e / (1 + e)
		}
		loss -= (y[i]*math.Log(sigma) + (1-y[i])*math.Log(1-sigma)) / n
		grad[i] = (sigma - y[i]) / n
	}
	return loss, grad
}
