// Exercise noise_floor: where SGD with a constant step stalls (wrong: ησ²/(2 − ηh), without the ½ of the loss).
package ch02

import "math"

// NoiseFloor returns lim E[J(θₜ)] − J* for SGD with the constant step lr on
// J(θ) = ½·h·(θ − m)² with gradient noise of variance sigma2, or +Inf if
// the expected loss grows without bound.
func NoiseFloor(lr, h, sigma2 float64) float64 {
	if math.Abs(1-lr*h) >= 1 {
		return math.Inf(1)
	}
	return lr * sigma2 / (2 - lr*h)
}
