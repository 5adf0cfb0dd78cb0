// Exercise gradcheck_tune (wrong: h = √ε ≈ 3.5e-4, the rule for forward differences, with a tolerance for central ones).
package ch06

// GradCheckSettings returns the step h of the central differences and
// the largest relative error that passes, for a check in float32.
func GradCheckSettings() (h float32, tol float64) {
	return 3.5e-4, 1e-3
}
