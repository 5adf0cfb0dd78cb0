// Exercise adagrad: a learning rate per coordinate that only shrinks (answer).
//
// G ← G + g²;  θ ← θ − η·g / (√G + ε)
package ch03

import "math"

// AdagradStep does one Adagrad update of theta and its sum of squared gradients.
func AdagradStep(theta, sumSq, grad []float64, lr, eps float64) {
	for i := range theta {
		sumSq[i] += grad[i] * grad[i]
		theta[i] -= lr * grad[i] / (math.Sqrt(sumSq[i]) + eps)
	}
}
