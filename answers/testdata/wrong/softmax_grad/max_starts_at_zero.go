// Exercise softmax_grad: the gradient of softmax cross-entropy (wrong: the running maximum starts at 0, so all-negative logits underflow).
//
// H = LSE(z) − Σⱼ yⱼ·zⱼ when Σ y = 1, and ∂LSE/∂zᵢ = pᵢ, so ∂H/∂zᵢ = pᵢ − yᵢ.
package ch01

import "math"

// SoftmaxCEGrad returns ∂H/∂z, the gradient of the softmax cross-entropy
// H(y, z) with respect to the logits.
func SoftmaxCEGrad(z, y []float64) []float64 {
	m := 0.0
	for _, v := range z {
		m = math.Max(m, v)
	}
	var sum float64
	for _, v := range z {
		sum += math.Exp(v - m)
	}
	grad := make([]float64, len(z))
	for i, v := range z {
		grad[i] = math.Exp(v-m)/sum - y[i]
	}
	return grad
}
