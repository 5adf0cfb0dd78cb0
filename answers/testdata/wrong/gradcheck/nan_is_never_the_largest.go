// Exercise gradcheck: a central-difference gradient check (wrong: keeps the largest error with >, so a NaN coordinate is skipped and a broken gradient passes).
//
// ∂f/∂xᵢ ≈ ( f(x + h·eᵢ) − f(x − h·eᵢ) ) / (2h);  err = maxᵢ |aᵢ − nᵢ| / max(|aᵢ| + |nᵢ|, 1e-12)
package ch01

import "math"

// CentralDiff returns the central-difference estimate of ∇f at x, with step h.
func CentralDiff(f func(x []float64) float64, x []float64, h float64) []float64 {
	grad := make([]float64, len(x))
	for i := range x {
		xi := x[i]
		x[i] = xi + h
		plus := f(x)
		x[i] = xi - h
		minus := f(x)
		x[i] = xi
		grad[i] = (plus - minus) / (2 * h)
	}
	return grad
}

// GradCheck returns the largest relative error between the analytic gradient
// grad(x) and CentralDiff(f, x, h).
func GradCheck(f func(x []float64) float64, grad func(x []float64) []float64, x []float64, h float64) float64 {
	analytic := grad(x)
	numeric := CentralDiff(f, x, h)
	worst := 0.0
	for i := range analytic {
		a, n := analytic[i], numeric[i]
		if e := math.Abs(a-n) / math.Max(math.Abs(a)+math.Abs(n), 1e-12); e > worst {
			worst = e
		}
	}
	return worst
}
