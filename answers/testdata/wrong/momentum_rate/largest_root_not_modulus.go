// Exercise momentum_rate (wrong: the larger root, not the larger modulus, so negative roots look fast).
package ch03

import "math"

// MomentumRate returns the asymptotic factor per step by which the heavy
// ball shrinks the error on a direction of curvature lambda.
func MomentumRate(lr, beta, lambda float64) float64 {
	b := 1 + beta - lr*lambda
	d := b*b - 4*beta
	if d < 0 {
		return math.Sqrt(beta)
	}
	return (b + math.Sqrt(d)) / 2
}
