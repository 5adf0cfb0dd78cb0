// Exercise momentum_rate (wrong: gradient descent's |1 − ηλ|, as if β did nothing).
package ch03

import "math"

// MomentumRate returns the asymptotic factor per step by which the heavy
// ball shrinks the error on a direction of curvature lambda.
func MomentumRate(lr, beta, lambda float64) float64 {
	return math.Abs(1 - lr*lambda)
}
