// Exercise l1: an L1 penalty and its subgradient (wrong: treats weights below 1e-8 in size as zero).
//
// R(w) = α·Σ|wᵢ|,  ∂R/∂wᵢ ∋ α·sign(wᵢ), with sign(0) = 0
package ch02

import "math"

// L1Penalty returns alpha·Σ |w[i]|.
func L1Penalty(w []float64, alpha float64) float64 {
	var sum float64
	for _, v := range w {
		sum += math.Abs(v)
	}
	return alpha * sum
}

// L1Subgrad returns a subgradient of L1Penalty at w, taking 0 where w[i] = 0.
func L1Subgrad(w []float64, alpha float64) []float64 {
	g := make([]float64, len(w))
	for i, v := range w {
		switch {
		case v > 1e-8:
			g[i] = alpha
		case v < -1e-8:
			g[i] = -alpha
		}
	}
	return g
}
