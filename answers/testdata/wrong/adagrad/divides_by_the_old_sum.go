// Exercise adagrad (wrong: divides by the sum before this step's g² is added).
package ch03

import "math"

// AdagradStep does one Adagrad update of theta and of its running sum of
// squared gradients, sumSq.
func AdagradStep(theta, sumSq, grad []float64, lr, eps float64) {
	for i, g := range grad {
		theta[i] -= lr * g / math.Sqrt(sumSq[i]+eps)
		sumSq[i] += g * g
	}
}
