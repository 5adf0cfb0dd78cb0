// Exercise softmax_grad: the gradient of softmax cross-entropy (wrong: keeps only ∂pᵢ/∂zᵢ = pᵢ(1 − pᵢ) of the chain rule, −yᵢ·(1 − pᵢ)).
//
// H = LSE(z) − Σⱼ yⱼ·zⱼ when Σ y = 1, and ∂LSE/∂zᵢ = pᵢ, so ∂H/∂zᵢ = pᵢ − yᵢ.
package ch01

import "math"

// SoftmaxCEGrad returns ∂H/∂z, the gradient of the softmax cross-entropy
// H(y, z) with respect to the logits.
func SoftmaxCEGrad(z, y []float64) []float64 {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	var sum float64
	for _, v := range z {
		sum += math.Exp(v - m)
	}
	grad := make([]float64, len(z))
	for i, v := range z {
		p := math.Exp(v-m) / sum
		grad[i] = -y[i] * (1 - p)
	}
	return grad
}
