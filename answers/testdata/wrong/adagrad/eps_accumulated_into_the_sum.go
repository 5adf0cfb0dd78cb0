// Exercise adagrad: a learning rate per coordinate that only shrinks (wrong: adds ε into the running sum at every step, so after k steps the root holds k·ε).
//
// s ← s + g²;  θ ← θ − η·g/√(s + ε)   (ε inside the root: Keras, TF.js)
package ch03

import "math"

// AdagradStep does one Adagrad update of theta and of its running sum of
// squared gradients, sumSq.
func AdagradStep(theta, sumSq, grad []float64, lr, eps float64) {
	for i, g := range grad {
		sumSq[i] += g*g + eps
		theta[i] -= lr * g / math.Sqrt(sumSq[i])
	}
}
