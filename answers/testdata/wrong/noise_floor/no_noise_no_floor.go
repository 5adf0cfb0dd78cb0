// Exercise noise_floor: where SGD with a constant step stalls (wrong: no noise, no floor: returns 0 for σ² = 0 before checking that the step is stable).
//
// eₜ₊₁ = (1 − ηh)·eₜ − η·ξₜ, so E[e²] ← (1 − ηh)²·E[e²] + η²σ², whose fixed
// point is η²σ²/(1 − (1 − ηh)²) = ησ²/(h·(2 − ηh)) when |1 − ηh| < 1. The
// excess loss is ½h·E[e²] = ησ²/(2·(2 − ηh)).
package ch02

import "math"

// NoiseFloor returns lim E[J(θₜ)] − J* for SGD with the constant step lr on
// J(θ) = ½·h·(θ − m)² with gradient noise of variance sigma2, or +Inf if
// the expected loss grows without bound.
func NoiseFloor(lr, h, sigma2 float64) float64 {
	if sigma2 == 0 {
		return 0
	}
	contraction := 1 - lr*h
	if math.Abs(contraction) >= 1 {
		return math.Inf(1)
	}
	return lr * sigma2 / (2 * (2 - lr*h))
}
