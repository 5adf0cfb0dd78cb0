// Exercise sigmoid_bce: sigmoid + cross-entropy backward is p − y.
//
// Read first: chapter 04-code, "A network in Keras terms".
//
// A binary classifier ends in a sigmoid, p = σ(z) = 1/(1 + e^(−z)), and is
// trained with binary cross-entropy. Chaining their derivatives,
// ∂BCE/∂p = (p − y)/(p(1 − p)) and ∂p/∂z = p(1 − p), almost everything
// cancels; averaged over n samples:
//
//	∂J/∂zᵢ = (σ(zᵢ) − yᵢ) / n
//
// That is why frameworks fuse the two ("from_logits"). Mind the extremes:
// e^z/(1 + e^z) is Inf/Inf = NaN at z = 1000, and 1/(1 + e^(−z)) only works
// at z = −1000 because 1/Inf happens to be 0. The robust habit is to pick
// the form whose exponent is never positive:
//
//	σ(z) = 1/(1 + e^(−z))   for z ≥ 0
//	σ(z) = e^z/(1 + e^z)    for z < 0
//
// Check it with: descent check sigmoid_bce
package ch04

// Sigmoid returns 1/(1 + e^(−z)) without overflowing.
func Sigmoid(z float64) float64 {
	// TODO: pick the form by the sign of z.
	return 0
}

// SigmoidBCEGrad returns ∂J/∂z for the logits z and labels y.
func SigmoidBCEGrad(z, y []float64) []float64 {
	grad := make([]float64, len(z))
	// TODO: grad[i] = (Sigmoid(z[i]) − y[i]) / n.
	return grad
}
