// Exercise adagrad: a learning rate per coordinate that only shrinks.
//
// Read first: chapter 03-algorithms, "Adagrad's step only shrinks".
//
// Adagrad keeps, for every coordinate, the running sum G of its squared
// gradients, and divides that coordinate's step by √G:
//
//	G ← G + g²
//	θ ← θ − η·g / (√G + ε)
//
// Coordinates that have seen large gradients take small steps from then on;
// rare ones keep large steps. ε (outside the root, as in PyTorch and Keras)
// only guards against dividing by zero. Update sumSq and theta in place.
//
// Check it with: descent check adagrad
package ch03

// AdagradStep does one Adagrad update of theta and its sum of squared gradients.
func AdagradStep(theta, sumSq, grad []float64, lr, eps float64) {
	// TODO: for each i, sumSq[i] += grad[i]², then
	// theta[i] -= lr·grad[i] / (math.Sqrt(sumSq[i]) + eps).
}
