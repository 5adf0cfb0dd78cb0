// Exercise dense: a Dense layer's forward pass with ReLU.
//
// Read first: chapter 04-code, "A network in Keras terms".
//
// Keras' Dense(units, activation="relu") maps an input x of length m to an
// output of length `units`. With weights W (units rows of m columns) and a
// bias b (units values):
//
//	zᵢ = Σⱼ Wᵢⱼ·xⱼ + bᵢ
//	aᵢ = ReLU(zᵢ) = max(0, zᵢ)
//
// (Keras stores the kernel transposed, m × units; here row i of W belongs to
// output i, as in the formula.) Return a new slice; do not change W, b or x.
//
// Check it with: descent check dense
package ch04

// DenseReLU returns max(0, W·x + b).
func DenseReLU(W [][]float64, b, x []float64) []float64 {
	out := make([]float64, len(W))
	// TODO: for each output i, out[i] = max(0, Σⱼ W[i][j]·x[j] + b[i]).
	return out
}
