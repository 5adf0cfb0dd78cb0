// Exercise l2: an L2 penalty and its gradient (wrong: the penalty squares the caller's weights in place).
//
// R(w) = (α/2)·Σwᵢ²,  ∂R/∂wᵢ = α·wᵢ
package ch02

// L2Penalty returns (alpha/2)·Σ w[i]².
func L2Penalty(w []float64, alpha float64) float64 {
	var sum float64
	for i := range w {
		w[i] *= w[i]
		sum += w[i]
	}
	return alpha / 2 * sum
}

// AddL2Grad adds the gradient of L2Penalty(w, alpha) to grad, in place.
func AddL2Grad(grad, w []float64, alpha float64) {
	for i := range grad {
		grad[i] += alpha * w[i]
	}
}
