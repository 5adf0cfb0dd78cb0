// Exercise adagrad (wrong: ε outside the root, PyTorch's √s + ε, where the exercise follows Keras).
package ch03

import "math"

// AdagradStep does one Adagrad update of theta and of its running sum of
// squared gradients, sumSq.
func AdagradStep(theta, sumSq, grad []float64, lr, eps float64) {
	for i, g := range grad {
		sumSq[i] += g * g
		theta[i] -= lr * g / (math.Sqrt(sumSq[i]) + eps)
	}
}
