// Exercise adagrad: a learning rate per coordinate that only shrinks.
//
// Read first: chapter 03-algorithms, "Adagrad's step only shrinks" (the
// rule itself is under "The rules").
//
// Adagrad keeps, for every coordinate, the running sum s of all its
// squared gradients, this step's included, and divides that coordinate's
// step by the root of the sum:
//
//	s ← s + g²
//	θ ← θ − η·g/√(s + ε)
//
// Coordinates that have seen large gradients take small steps from then
// on; rarely active ones keep large steps. On the first step from s = 0,
// every coordinate moves by about η whatever the size of its gradient.
//
// Convention: ε inside the root, √(s + ε), is Keras's and TensorFlow.js's
// rule and core/optim's. PyTorch adds ε outside, √s + ε. The two differ
// while s is comparable to ε, and the tests use such values.
//
// Contract: theta, sumSq and grad have the same length, and ε > 0. Update
// theta and sumSq in place; never write to grad.
//
// Race it: on the exercises screen of go run . (the workbook), select this
// exercise and press v. Your optimizer and core/optim's run side by side on
// the test surfaces, drawn live, so a wrong sign or a missing correction
// shows as a path that parts from the reference.
//
// Check it with: go run . check adagrad   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch03

// AdagradStep does one Adagrad update of theta and of its running sum of
// squared gradients, sumSq.
func AdagradStep(theta, sumSq, grad []float64, lr, eps float64) {
	// TODO: add this step's squared gradient to the sum, then take the
	// scaled step.
}
