// Exercise l2: an L2 penalty and its gradient (wrong: keeps the ½ in the gradient, (α/2)·w).
//
// R(w) = (α/2)·Σwᵢ²,  ∂R/∂wᵢ = α·wᵢ
package ch02

// L2Penalty returns (alpha/2)·Σ w[i]².
func L2Penalty(w []float64, alpha float64) float64 {
	var sum float64
	for _, v := range w {
		sum += v * v
	}
	return alpha / 2 * sum
}

// AddL2Grad adds the gradient of L2Penalty(w, alpha) to grad, in place.
func AddL2Grad(grad, w []float64, alpha float64) {
	for i := range grad {
		grad[i] += alpha / 2 * w[i]
	}
}
