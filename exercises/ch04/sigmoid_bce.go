// Exercise sigmoid_bce: derive the gradient of binary cross-entropy on logits.
//
// Read first: chapter 04-code, "Cross-entropy on logits".
//
// A binary classifier's last layer gives a logit zᵢ per row; its
// probability is σ(zᵢ) = 1/(1 + e^−zᵢ). Binary cross-entropy computed from
// the logits (Keras's from_logits=True, TensorFlow's
// sigmoid_cross_entropy_with_logits), averaged over n rows, is
//
//	J(z) = (1/n)·Σᵢ ℓ(zᵢ, yᵢ),   ℓ(z, y) = max(z, 0) − z·y + log(1 + e^−|z|)
//
// which equals −y·log σ(z) − (1 − y)·log(1 − σ(z)) but never exponentiates
// a positive number. Labels may be soft: any y in [0, 1].
//
// Return J and its gradient, ∂J/∂zᵢ for every row. Derive the gradient on
// paper first, from either form of ℓ (the kinks of max and |·| at z = 0
// cancel), and simplify it: the result is short. Then make sure what you
// compute stays finite and accurate for every finite z, including
// z = ±1000, where e^z overflows and 1 − σ(z) rounds to 0.
//
// For n = 0 return 0 and an empty gradient. Do not change z or y. The
// tests compare your gradient with central differences of J.
//
// Check it with: go run . check sigmoid_bce   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch04

// BCEWithLogits returns the mean binary cross-entropy of the logits z
// against the labels y, and its gradient with respect to z.
func BCEWithLogits(z, y []float64) (loss float64, grad []float64) {
	// TODO: the mean loss, in the stable form above, and your derived
	// gradient, one entry per logit.
	return 0, nil
}
