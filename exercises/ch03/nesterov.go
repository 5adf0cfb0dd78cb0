// Exercise nesterov: momentum that measures the slope where it is going.
//
// Read first: chapter 03-algorithms, "4. Nesterov, stated correctly".
//
// The heavy ball (exercise momentum) is about to move θ by roughly −η·β·b
// on the strength of its buffer alone. Nesterov's method measures the
// gradient there, at the look-ahead point, instead of at θ:
//
//	θ̃ = θ − η·β·b
//	b ← β·b + ∇J(θ̃)
//	θ ← θ − η·b
//
// The buffer b holds gradients, as in exercise momentum. Here the gradient
// is a function you call: ask it about θ̃, once per step. Do not hand it
// theta itself (θ̃ is a new point, and grad may keep what you pass it).
//
// Convention: this is Sutskever, Martens, Dahl and Hinton's form (2013)
// written with a buffer of gradients. PyTorch, TensorFlow.js and
// core/optim use an equivalent form that needs the gradient only at θ; the
// θ they keep is this exercise's look-ahead point θ̃.
//
// Contract: theta and velocity have the same length; update them in place.
//
// Race it: on the exercises screen of go run . (the workbook), select this
// exercise and press v. Your optimizer and core/optim's run side by side on
// the test surfaces, drawn live, so a wrong sign or a missing correction
// shows as a path that parts from the reference.
//
// Check it with: go run . check nesterov   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch03

// NesterovStep does one Nesterov-momentum update of theta and of its
// buffer, velocity.
func NesterovStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	// TODO: the look-ahead point, the gradient there, then the heavy-ball
	// update with that gradient.
}
