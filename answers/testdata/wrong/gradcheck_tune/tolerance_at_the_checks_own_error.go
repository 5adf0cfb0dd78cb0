// Exercise gradcheck_tune (wrong: tol = 1e-4, the size of the float32 check's own error, with no margin above it).
package ch06

// GradCheckSettings returns the step h of the central differences and
// the largest relative error that passes, for a check in float32.
func GradCheckSettings() (h float32, tol float64) {
	return 5e-3, 1e-4
}
