// Exercise momentum_rate (wrong: √β everywhere, the rate of the complex band only).
package ch03

import "math"

// MomentumRate returns the asymptotic factor per step by which the heavy
// ball shrinks the error on a direction of curvature lambda.
func MomentumRate(lr, beta, lambda float64) float64 {
	return math.Sqrt(beta)
}
