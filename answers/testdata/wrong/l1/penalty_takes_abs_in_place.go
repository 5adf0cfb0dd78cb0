// Exercise l1: an L1 penalty and its subgradient (wrong: the penalty takes |w| of the caller's weights in place).
//
// R(w) = α·Σ|wᵢ|,  ∂R/∂wᵢ ∋ α·sign(wᵢ), with sign(0) = 0
package ch02

import "math"

// L1Penalty returns alpha·Σ |w[i]|.
func L1Penalty(w []float64, alpha float64) float64 {
	var sum float64
	for i := range w {
		w[i] = math.Abs(w[i])
		sum += w[i]
	}
	return alpha * sum
}

// L1Subgrad returns a subgradient of L1Penalty at w, taking 0 where w[i] = 0.
func L1Subgrad(w []float64, alpha float64) []float64 {
	g := make([]float64, len(w))
	for i, v := range w {
		switch {
		case v > 0:
			g[i] = alpha
		case v < 0:
			g[i] = -alpha
		}
	}
	return g
}
