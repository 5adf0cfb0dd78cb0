// Exercise dense: a Dense layer's forward pass with ReLU, in Keras's layout.
//
// Read first: chapter 04-code, "A network in Keras terms".
//
// Keras's Dense(units, activation='relu') maps a row x of m inputs to
// `units` outputs. Keras stores the kernel W as an m × units array: W[i][j]
// is the weight from input i to unit j (PyTorch's nn.Linear stores the
// transpose, units × m). With a bias b of `units` values:
//
//	zⱼ = bⱼ + Σᵢ xᵢ·Wᵢⱼ        for j = 0 … units−1
//	aⱼ = ReLU(zⱼ) = max(0, zⱼ)
//
// This file uses Keras's layout: len(kernel) = len(x) = m, and every
// kernel row has len(b) = units entries. Return a new slice of `units`
// values; do not change kernel, b or x.
//
// Check it with: go run . check dense   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch04

// DenseReLU returns max(0, x·W + b) for one row x.
func DenseReLU(kernel [][]float64, b, x []float64) []float64 {
	// TODO: one output per unit (per entry of b), each the bias plus the
	// inputs weighted by that unit's column of the kernel, through ReLU.
	return nil
}
