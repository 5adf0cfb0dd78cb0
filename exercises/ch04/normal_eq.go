// Exercise normal_eq: the closed-form least-squares line.
//
// Read first: chapter 04-code, "Linear regression from scratch".
//
// For one feature, the line y ≈ slope·x + intercept that minimizes the
// squared error has a closed form (the normal equation (XᵀX)θ = Xᵀy, with a
// column of ones in X for the intercept, solved by hand):
//
//	slope     = Σᵢ (xᵢ − x̄)(yᵢ − ȳ) / Σᵢ (xᵢ − x̄)²
//	intercept = ȳ − slope·x̄
//
// where x̄ and ȳ are the means. Gradient descent should arrive at the same
// line; this is how to check it. If every x is the same (or there are fewer
// than two points) the denominator is 0 and no unique line exists: return an
// error instead of dividing by zero.
//
// Check it with: descent check normal_eq
package ch04

import "errors"

// FitLine returns the least-squares slope and intercept of y against x.
func FitLine(x, y []float64) (slope, intercept float64, err error) {
	// TODO: compute the means, then the two sums; if the denominator is 0
	// return an error (errors.New("...")).
	_ = errors.New // keeps the import until your code uses it
	return 0, 0, nil
}
