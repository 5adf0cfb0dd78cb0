// Exercise rmsprop: Adagrad with a decaying average.
//
// Read first: chapter 03-algorithms, "4. Adaptive methods: a learning rate per coordinate".
//
// Adagrad's sum only grows, so its steps eventually stall. RMSprop keeps an
// exponentially decaying average s of the squared gradients instead, so the
// step size follows the recent gradients:
//
//	s ← ρ·s + (1 − ρ)·g²
//	θ ← θ − η·g / (√s + ε)
//
// ρ is typically 0.9 (Keras calls it rho). ε is outside the root, as in
// PyTorch; TensorFlow puts it inside. Update meanSq and theta in place.
//
// Check it with: descent check rmsprop
package ch03

// RMSpropStep does one RMSprop update of theta and its mean square.
func RMSpropStep(theta, meanSq, grad []float64, lr, rho, eps float64) {
	// TODO: for each i, meanSq[i] = rho·meanSq[i] + (1−rho)·grad[i]², then
	// theta[i] -= lr·grad[i] / (math.Sqrt(meanSq[i]) + eps).
}
