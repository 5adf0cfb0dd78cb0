// Exercise momentum_rate (wrong: the real-root formula everywhere, NaN when the roots are complex).
package ch03

import "math"

// MomentumRate returns the asymptotic factor per step by which the heavy
// ball shrinks the error on a direction of curvature lambda.
func MomentumRate(lr, beta, lambda float64) float64 {
	b := 1 + beta - lr*lambda
	return (math.Abs(b) + math.Sqrt(b*b-4*beta)) / 2
}
