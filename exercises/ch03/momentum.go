// Exercise momentum: SGD with momentum, the heavy ball.
//
// Read first: chapter 03-algorithms, "3. Momentum: the heavy ball".
//
// Momentum keeps, for every coordinate, a buffer b of past gradients that
// fades by a factor β at every step, and moves θ along the buffer instead
// of along the raw gradient g:
//
//	b ← β·b + g
//	θ ← θ − η·b
//
// The buffer is updated first, and the step uses the updated buffer. With
// b starting at 0 the first step is plain gradient descent; with β = 0
// every step is.
//
// Convention: this is PyTorch's and TensorFlow.js's form, and core/optim's
// "sgd": the buffer holds gradients and η multiplies it at the end. Keras
// keeps η inside its velocity (v ← β·v − η·g, θ ← θ + v); the points are
// the same while η is constant, but here velocity must hold b.
//
// Contract: theta, velocity and grad have the same length. Update theta
// and velocity in place; never write to grad.
//
// Race it: on the exercises screen of go run . (the workbook), select this
// exercise and press v. Your optimizer and core/optim's run side by side on
// the test surfaces, drawn live, so a wrong sign or a missing correction
// shows as a path that parts from the reference.
//
// Check it with: go run . check momentum   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch03

// MomentumStep does one heavy-ball update of theta and of its buffer,
// velocity.
func MomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	// TODO: fold this step's gradient into the buffer, then step θ along
	// the buffer.
}
