// Exercise sparse_adagrad: a lazy Adagrad update that touches only non-zero features.
//
// Read first: chapter 05-future-trends, "Sparse data".
//
// With a million features (words, user ids) and a handful non-zero per
// sample, the gradient is sparse: a list of (index, value) pairs. Looping over
// every coordinate wastes almost all the work, so the update visits only the
// pairs given; every other θ and G stays exactly as it is:
//
//	for each pair (k, gₖ):   Gₖ ← Gₖ + gₖ²
//	                          θₖ ← θₖ − η·gₖ / (√Gₖ + ε)
//
// This is also where Adagrad shines: rare features keep a small G and so a
// large step. idx and vals have the same length; an index appears at most
// once; every index is within theta.
//
// Check it with: descent check sparse_adagrad
package ch05

// SparseAdagradStep applies the gradient given as pairs (idx[k], vals[k]).
func SparseAdagradStep(theta, sumSq []float64, idx []int, vals []float64, lr, eps float64) {
	// TODO: for each k, update sumSq[idx[k]] and theta[idx[k]] with vals[k].
}
