// Exercise choose_h: the step h of a difference quotient (wrong: writes the roots as math.Pow(ε, 1/2) and math.Pow(ε, 1/3), integer exponents that are 0).
//
// Forward: error ≈ (h/2)·|f″| + 2ε|f|/h, smallest near h = √ε ≈ 1.5e-8.
// Central: error ≈ (h²/6)·|f‴| + ε|f|/h, smallest near h = ∛ε ≈ 6e-6.
package ch01

import "math"

// machineEpsilon is float64's ε, the gap between 1 and the next float64.
const machineEpsilon = 2.220446049250313e-16

// DifferenceSteps returns the step h to use with the forward difference
// and the step to use with the central difference.
func DifferenceSteps() (forward, central float64) {
	return math.Pow(machineEpsilon, 1/2), math.Pow(machineEpsilon, 1/3)
}
