// Exercise noise_floor: derive where SGD with a constant step stalls.
//
// Read first: chapter 02-core-concepts, "Step sizes that converge: Robbins–Monro".
//
// Take one parameter θ and the loss J(θ) = ½·h·(θ − m)², with curvature
// h > 0 and minimum J* = 0 at θ = m. Stochastic gradient descent does not
// see ∇J(θ) = h·(θ − m) but a noisy version of it,
//
//	gₜ = h·(θₜ − m) + ξₜ,   the ξₜ independent, mean 0, variance σ²,
//
// and steps θₜ₊₁ = θₜ − η·gₜ with a constant learning rate η > 0. The
// chapter works out the case h = 1 with samples of a distribution; here h
// is any curvature and the noise is on the gradient.
//
// Derive, on paper, the limit as t → ∞ of the expected excess loss
// E[J(θₜ)] − J*, as a function of η, h and σ² (write eₜ = θₜ − m, find
// how E[eₜ] and E[eₜ²] evolve, and look for the fixed point), and return
// it. If, from a generic start, the expected loss grows without bound,
// return +Inf. σ² = 0 is allowed.
//
// The test compares your formula with reference values and with a long
// run of the real optimizer (descent's core/optim SGD).
//
// Check it with: go run . check noise_floor   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch02

// NoiseFloor returns lim E[J(θₜ)] − J* for SGD with the constant step lr on
// J(θ) = ½·h·(θ − m)² with gradient noise of variance sigma2, or +Inf if
// the expected loss grows without bound.
func NoiseFloor(lr, h, sigma2 float64) float64 {
	// TODO: the limit you derived.
	return -1
}
