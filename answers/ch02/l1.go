// Exercise l1: an L1 penalty and its subgradient (answer).
//
// R(w) = λ · Σᵢ |wᵢ|,  ∂R/∂wᵢ = λ·sign(wᵢ), sign(0) = 0
package ch02

import "math"

// L1Penalty returns lambda·Σ |w[i]|.
func L1Penalty(w []float64, lambda float64) float64 {
	sum := 0.0
	for _, v := range w {
		sum += math.Abs(v)
	}
	return lambda * sum
}

// L1Subgrad returns lambda·sign(w[i]) for each weight, with sign(0) = 0.
func L1Subgrad(w []float64, lambda float64) []float64 {
	g := make([]float64, len(w))
	for i, v := range w {
		switch {
		case v > 0:
			g[i] = lambda
		case v < 0:
			g[i] = -lambda
		}
	}
	return g
}
