// Exercise adam: Adam, with its bias correction (wrong: Keras's form, η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε), which adds ε before the correction).
//
// m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  m̂ = m/(1−β₁ᵗ);  v̂ = v/(1−β₂ᵗ);
// θ ← θ − η·m̂/(√v̂ + ε)
package ch03

import "math"

// Adam is the Adam optimizer and its state.
type Adam struct {
	LR, Beta1, Beta2, Eps float64

	M, V []float64 // the fading averages of g and g²; nil before the first step
	T    int       // steps taken so far
}

// Step does one Adam update of theta with the gradient grad.
func (a *Adam) Step(theta, grad []float64) {
	if a.M == nil {
		a.M, a.V = make([]float64, len(theta)), make([]float64, len(theta))
	}
	a.T++
	lr := a.LR * math.Sqrt(1-math.Pow(a.Beta2, float64(a.T))) / (1 - math.Pow(a.Beta1, float64(a.T)))
	for i, g := range grad {
		a.M[i] = a.Beta1*a.M[i] + (1-a.Beta1)*g
		a.V[i] = a.Beta2*a.V[i] + (1-a.Beta2)*g*g
		theta[i] -= lr * a.M[i] / (math.Sqrt(a.V[i]) + a.Eps)
	}
}
