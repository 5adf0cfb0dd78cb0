// Exercise gradcheck_tune: choose the step and the tolerance of a gradient
// check that runs in float32 (answer).
//
// h ≈ ε^(1/3) ≈ 5·10⁻³ balances round-off ε·|f|/h against truncation
// h²·|f‴|/6 and stays below the kink (2h < 0.04); the error there is about
// 10⁻⁴, so tol = 3·10⁻³ passes correct gradients and fails a 1% error.
package ch06

// GradCheckSettings returns the step h of the central differences and
// the largest relative error that passes, for a check in float32.
func GradCheckSettings() (h float32, tol float64) {
	return 5e-3, 3e-3
}
