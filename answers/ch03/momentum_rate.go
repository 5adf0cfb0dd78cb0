// Exercise momentum_rate: derive how fast the heavy ball shrinks the error
// (answer).
//
// z² − (1 + β − ηλ)·z + β = 0. With b = 1 + β − ηλ and d = b² − 4β:
// d < 0: complex roots with product β, so both have modulus √β;
// d ≥ 0: real roots (b ± √d)/2, and the rate is the larger |root|,
// (|b| + √d)/2.
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
	return (math.Abs(b) + math.Sqrt(d)) / 2
}
