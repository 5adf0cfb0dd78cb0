// Exercise momentum_rate: derive how fast the heavy ball shrinks the error.
//
// Read first: chapter 03-algorithms, "Two roots per direction" and "The
// η–β phase diagram".
//
// On a direction of curvature λ > 0 of a quadratic loss, the heavy ball
// with learning rate η and momentum β (exercise momentum) makes the error
// follow the recurrence
//
//	θₜ₊₁ = (1 + β − η·λ)·θₜ − β·θₜ₋₁.
//
// Derive the factor by which the error eventually shrinks per step, and
// return it: the largest modulus among the roots of the recurrence's
// characteristic polynomial. Work out every case the phase diagram shows:
// two distinct real roots (of either sign), one repeated root, and two
// complex conjugate roots. A rate of 1 or more means the run does not
// converge; return it all the same.
//
// Only the standard library: no complex-number package is needed if you
// treat the complex case on paper first.
//
// Contract: η > 0, 0 ≤ β < 1, λ > 0.
//
// Check it with: go run . check momentum_rate   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch03

// MomentumRate returns the asymptotic factor per step by which the heavy
// ball shrinks the error on a direction of curvature lambda.
func MomentumRate(lr, beta, lambda float64) float64 {
	// TODO: from the characteristic polynomial, the larger root modulus,
	// case by case.
	return 0
}
