// Exercise gd_step: the gradient-descent step, and a loop of them.
//
// Read first: chapter 02-core-concepts, "Gradient descent".
//
// Gradient descent moves the parameters a small step against the gradient
// g = ∇J(θ), with learning rate η:
//
//	θᵢ ← θᵢ − η·gᵢ   for every coordinate i
//
// GDStep takes one such step in place: it changes the caller's theta (the
// slice the optimizer and the model share) and leaves grad alone.
//
// Descend takes `steps` steps from theta, asking grad for the gradient at
// the point it has reached before each one, and returns where it ends, in
// a new slice: the caller's theta is not changed. Zero steps return a copy
// of theta.
//
// Check it with: go run . check gd_step   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch02

// GDStep moves theta one step of size lr against grad, in place.
func GDStep(theta, grad []float64, lr float64) {
	// TODO: the update, written into theta.
}

// Descend runs steps gradient-descent steps from theta and returns where
// they end.
func Descend(grad func(theta []float64) []float64, theta []float64, lr float64, steps int) []float64 {
	// TODO: the loop, on a copy of theta.
	return nil
}
