// Exercise gradcheck: a central-difference gradient check.
//
// Read first: chapter 01-background, "Walking downhill: gradient descent".
//
// Before trusting a hand-written gradient, compare it with a numerical one.
// The central difference estimates each partial derivative from two nearby
// values of f:
//
//	∂f/∂xᵢ ≈ ( f(x + h·eᵢ) − f(x − h·eᵢ) ) / (2h)
//
// where eᵢ is the i-th unit vector. Its error shrinks like h², far better
// than the one-sided (f(x + h·eᵢ) − f(x))/h. Then compare the two gradients
// coordinate by coordinate with a relative error that is fair to large and
// small values alike:
//
//	err = maxᵢ |aᵢ − nᵢ| / max(|aᵢ| + |nᵢ|, 1e-12)
//
// Errors below about 1e-6 mean the analytic gradient is right.
//
// CentralDiff may change x while it works, but must put every x[i] back: f
// sees the other coordinates exactly as they were, and the caller gets x back
// unchanged.
//
// Check it with: descent check gradcheck
package ch01

// CentralDiff returns the central-difference estimate of ∇f at x, with step h.
func CentralDiff(f func(x []float64) float64, x []float64, h float64) []float64 {
	grad := make([]float64, len(x))
	// TODO: for each i, evaluate f with x[i] = xi + h and with x[i] = xi − h,
	// restore x[i] = xi, and set grad[i] = (f₊ − f₋) / (2h).
	return grad
}

// GradCheck returns the largest relative error between the analytic gradient
// grad(x) and CentralDiff(f, x, h).
func GradCheck(f func(x []float64) float64, grad func(x []float64) []float64, x []float64, h float64) float64 {
	// TODO: compute both gradients and return maxᵢ |aᵢ − nᵢ| / max(|aᵢ| + |nᵢ|, 1e-12).
	return 0
}
