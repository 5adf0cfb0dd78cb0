// Exercise adam: Adam, with its bias correction.
//
// Read first: chapter 03-algorithms, "Adam's bias correction" (the rule is
// under "The rules").
//
// Adam keeps two fading averages per coordinate: m of the gradients (like
// momentum) and v of their squares (like RMSprop). Both start at 0, so for
// the first steps they are biased towards 0, v much more than m; dividing
// each by one minus its β to the power t removes the bias. At step
// t = 1, 2, …:
//
//	m ← β₁·m + (1 − β₁)·g
//	v ← β₂·v + (1 − β₂)·g²
//	m̂ = m/(1 − β₁ᵗ),   v̂ = v/(1 − β₂ᵗ)
//	θ ← θ − η·m̂/(√v̂ + ε)
//
// On the first step m̂ = g and v̂ = g², so every coordinate moves by about
// η; without the correction it would move by η·(1 − β₁)/√(1 − β₂), about
// 3.2·η with the usual β₁ = 0.9 and β₂ = 0.999.
//
// Convention: ε outside the root, added to √v̂ after the correction, as in
// the paper's Algorithm 1, PyTorch, TensorFlow.js and core/optim. (Keras
// adds its ε to √v before correcting, which weighs it more in the first
// steps.)
//
// Contract: the optimizer keeps its state in the struct. M and V are nil
// until the first Step, which creates them with theta's length; T counts
// the steps taken, so it is t during the step. Step updates theta in
// place and never writes to grad.
//
// Race it: on the exercises screen of go run . (the workbook), select this
// exercise and press v. Your optimizer and core/optim's run side by side on
// the test surfaces, drawn live, so a wrong sign or a missing correction
// shows as a path that parts from the reference.
//
// Check it with: go run . check adam   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch03

// Adam is the Adam optimizer and its state.
type Adam struct {
	LR, Beta1, Beta2, Eps float64

	M, V []float64 // the fading averages of g and g²; nil before the first step
	T    int       // steps taken so far
}

// Step does one Adam update of theta with the gradient grad.
func (a *Adam) Step(theta, grad []float64) {
	// TODO: the state on the first call, the step count, both averages,
	// their corrections, and the step.
}
