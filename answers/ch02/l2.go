// Exercise l2: an L2 penalty and its gradient (answer).
//
// R(w) = (λ/2) · Σᵢ wᵢ²,  ∂R/∂wᵢ = λ·wᵢ
package ch02

// L2Penalty returns (lambda/2)·Σ w[i]².
func L2Penalty(w []float64, lambda float64) float64 {
	sum := 0.0
	for _, v := range w {
		sum += v * v
	}
	return lambda / 2 * sum
}

// AddL2Grad adds lambda·w[i] to grad[i] for every i.
func AddL2Grad(grad, w []float64, lambda float64) {
	for i := range grad {
		grad[i] += lambda * w[i]
	}
}
