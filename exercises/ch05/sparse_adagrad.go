// Exercise sparse_adagrad: a lazy Adagrad step that touches only the features present.
//
// Read first: chapter 05-future-trends, "Sparse data".
//
// With a million features (words, user ids) and a handful non-zero per
// batch, the gradient is sparse: a list of pairs (index, value). Adagrad,
// as core/optim runs it on a dense gradient g, updates every coordinate j:
//
//	sⱼ ← sⱼ + gⱼ²
//	θⱼ ← θⱼ − η·gⱼ/√(sⱼ + ε)
//
// with ε inside the root, as Keras and TensorFlow.js put it (PyTorch puts
// it outside, η·gⱼ/(√sⱼ + ε); here that would be a different optimizer).
// A coordinate whose gradient is 0 does not move and its sⱼ does not grow,
// so visiting only the coordinates in the list is not an approximation: it
// must give what the dense step gives on the dense gradient, to rounding
// (chapter 5's lazy-updates cell shows it). Write that step.
//
// The list is the raw output of a batch: an index may appear more than
// once (a feature seen in two rows), and the coordinate's gradient is then
// the sum of its values. Every other θⱼ and sⱼ must stay exactly as they
// are, and the work must grow with len(idx), not with len(theta).
//
// Return an error, and change nothing, when idx and vals differ in length,
// when theta and sum differ in length, or when an index is outside theta.
//
// Check it with: go run . check sparse_adagrad   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch05

// SparseAdagradStep applies one Adagrad step for the sparse gradient given
// as pairs (idx[k], vals[k]), updating theta and the accumulator sum.
func SparseAdagradStep(theta, sum []float64, idx []int, vals []float64, lr, eps float64) error {
	// TODO: check the input before changing anything; gather each listed
	// coordinate's gradient; step those coordinates only.
	return nil
}
