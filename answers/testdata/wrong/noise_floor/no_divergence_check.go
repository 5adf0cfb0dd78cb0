// Exercise noise_floor: where SGD with a constant step stalls (wrong: the fixed point even where it is not attracting).
package ch02

import "math"

// NoiseFloor returns lim E[J(θₜ)] − J* for SGD with the constant step lr on
// J(θ) = ½·h·(θ − m)² with gradient noise of variance sigma2, or +Inf if
// the expected loss grows without bound.
func NoiseFloor(lr, h, sigma2 float64) float64 {
	_ = math.Abs
	return lr * sigma2 / (2 * (2 - lr*h))
}
