// Exercise choose_h: the step h of a difference quotient (wrong: one "usual" step of 1e-4 for both).
//
// Forward: error ≈ (h/2)·|f″| + 2ε|f|/h, smallest near h = √ε ≈ 1.5e-8.
// Central: error ≈ (h²/6)·|f‴| + ε|f|/h, smallest near h = ∛ε ≈ 6e-6.
package ch01

// DifferenceSteps returns the step h to use with the forward difference
// and the step to use with the central difference.
func DifferenceSteps() (forward, central float64) {
	return 1e-4, 1e-4
}
