// Exercise gradcheck_tune (wrong: h = 0.05 steps across the hinge's kink and adds truncation error).
package ch06

// GradCheckSettings returns the step h of the central differences and
// the largest relative error that passes, for a check in float32.
func GradCheckSettings() (h float32, tol float64) {
	return 0.05, 3e-3
}
