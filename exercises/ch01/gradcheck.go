// Exercise gradcheck: a central-difference gradient check.
//
// Read first: chapter 01-background, "Checking a gradient: central differences".
//
// Before trusting a hand-derived gradient, compare it with a numerical one.
//
// CentralDiff estimates every partial derivative of f at x from values of f
// alone, by the central difference with step h:
//
//	∂f/∂xᵢ ≈ ( f(x + h·eᵢ) − f(x − h·eᵢ) ) / (2h)
//
// where eᵢ is the i-th unit vector: only coordinate i moves, by ±h, and
// every other coordinate is exactly as the caller gave it. CentralDiff may
// change x while it works (that saves copying x for every coordinate), but
// it must give it back unchanged.
//
// GradCheck compares the analytic gradient a = grad(x) with n =
// CentralDiff(f, x, h) coordinate by coordinate, by a relative error that is
// fair to large and small components alike,
//
//	errᵢ = |aᵢ − nᵢ| / max(|aᵢ| + |nᵢ|, 1e-12)
//
// and returns the largest errᵢ: a bug usually sits in one coordinate (the
// bias, one layer), and a mean over many right ones would hide it. Errors
// below about 1e-6 mean the gradient is right, so a gradient that is NaN
// or infinite in some coordinate must never come out below that, however
// right the others are. GradCheck leaves x as given.
// Both functions handle len(x) = 0 (an empty gradient; error 0).
//
// Check it with: go run . check gradcheck   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch01

// CentralDiff returns the central-difference estimate of ∇f at x, with step h.
func CentralDiff(f func(x []float64) float64, x []float64, h float64) []float64 {
	// TODO: one central difference per coordinate, with x given back unchanged.
	return nil
}

// GradCheck returns the largest relative error between the analytic gradient
// grad(x) and CentralDiff(f, x, h).
func GradCheck(f func(x []float64) float64, grad func(x []float64) []float64, x []float64, h float64) float64 {
	// TODO: the largest coordinate-wise relative error.
	return 0
}
