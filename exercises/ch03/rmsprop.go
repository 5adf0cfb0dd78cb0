// Exercise rmsprop: Adagrad with a memory that fades.
//
// Read first: chapter 03-algorithms, "The rules" (and "Adagrad's step only
// shrinks" for why).
//
// Adagrad's sum only grows, so its steps eventually stall. RMSprop keeps
// an exponentially fading average v of the squared gradients instead, so
// the size of the step follows the recent gradients:
//
//	v ← ρ·v + (1 − ρ)·g²
//	θ ← θ − η·g/√(v + ε)
//
// The average is updated with this step's gradient before it is used. ρ is
// typically 0.9 (Keras's rho; PyTorch calls it alpha and uses 0.99).
//
// Convention: ε inside the root, √(v + ε), is Keras's and TensorFlow.js's
// rule and core/optim's; PyTorch adds ε outside, √v + ε. The tests use
// values where the difference shows.
//
// Contract: theta, meanSq and grad have the same length, 0 ≤ ρ < 1 and
// ε > 0. Update theta and meanSq in place; never write to grad.
//
// Race it: on the exercises screen of go run . (the workbook), select this
// exercise and press v. Your optimizer and core/optim's run side by side on
// the test surfaces, drawn live, so a wrong sign or a missing correction
// shows as a path that parts from the reference.
//
// Check it with: go run . check rmsprop   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch03

// RMSpropStep does one RMSprop update of theta and of its running mean of
// squared gradients, meanSq.
func RMSpropStep(theta, meanSq, grad []float64, lr, rho, eps float64) {
	// TODO: fold this step's squared gradient into the average, then take
	// the scaled step.
}
