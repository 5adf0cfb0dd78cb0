// Exercise sigmoid_bce: sigmoid + cross-entropy backward is p − y (answer).
//
// ∂J/∂zᵢ = (σ(zᵢ) − yᵢ) / n
package ch04

import "math"

// Sigmoid returns 1/(1 + e^(−z)) without overflowing.
func Sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// SigmoidBCEGrad returns ∂J/∂z for the logits z and labels y.
func SigmoidBCEGrad(z, y []float64) []float64 {
	grad := make([]float64, len(z))
	n := float64(len(z))
	for i := range z {
		grad[i] = (Sigmoid(z[i]) - y[i]) / n
	}
	return grad
}
