// Exercise adam (wrong: writes the corrected m̂ and v̂ back into the state, so the correction compounds).
package ch03

import "math"

// Adam is the Adam optimizer and its state.
type Adam struct {
	LR, Beta1, Beta2, Eps float64

	M, V []float64
	T    int
}

// Step does one Adam update of theta with the gradient grad.
func (a *Adam) Step(theta, grad []float64) {
	if a.M == nil {
		a.M, a.V = make([]float64, len(theta)), make([]float64, len(theta))
	}
	a.T++
	for i, g := range grad {
		a.M[i] = (a.Beta1*a.M[i] + (1-a.Beta1)*g) / (1 - math.Pow(a.Beta1, float64(a.T)))
		a.V[i] = (a.Beta2*a.V[i] + (1-a.Beta2)*g*g) / (1 - math.Pow(a.Beta2, float64(a.T)))
		theta[i] -= a.LR * a.M[i] / (math.Sqrt(a.V[i]) + a.Eps)
	}
}
