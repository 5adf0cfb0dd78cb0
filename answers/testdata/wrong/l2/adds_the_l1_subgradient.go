// Exercise l2: an L2 penalty and its gradient (wrong: adds α·sign(w), the L1 subgradient).
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
		switch {
		case w[i] > 0:
			grad[i] += alpha
		case w[i] < 0:
			grad[i] -= alpha
		}
	}
}
