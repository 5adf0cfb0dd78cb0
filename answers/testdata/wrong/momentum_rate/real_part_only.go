// Exercise momentum_rate: derive how fast the heavy ball shrinks the error
// (wrong: in the complex case takes the modulus of the real part, |b|/2).
//
// z² − (1 + β − ηλ)·z + β = 0. With b = 1 + β − ηλ and d = b² − 4β:
// d < 0: both roots have modulus √β; d ≥ 0: the rate is (|b| + √d)/2.
package ch03

import "math"

// MomentumRate returns the asymptotic factor per step by which the heavy
// ball shrinks the error on a direction of curvature lambda.
func MomentumRate(lr, beta, lambda float64) float64 {
	b := 1 + beta - lr*lambda
	d := b*b - 4*beta
	if d < 0 {
		return math.Abs(b) / 2
	}
	return (math.Abs(b) + math.Sqrt(d)) / 2
}
