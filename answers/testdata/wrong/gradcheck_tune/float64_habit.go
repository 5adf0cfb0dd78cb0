// Exercise gradcheck_tune (wrong: h = 10⁻⁵ and tol = 10⁻⁷, right for float64, hopeless in float32).
package ch06

// GradCheckSettings returns the step h of the central differences and
// the largest relative error that passes, for a check in float32.
func GradCheckSettings() (h float32, tol float64) {
	return 1e-5, 1e-7
}
