// Exercise adagrad (wrong: sums |g| instead of g², so the root does not undo the square).
package ch03

import "math"

// AdagradStep does one Adagrad update of theta and of its running sum of
// squared gradients, sumSq.
func AdagradStep(theta, sumSq, grad []float64, lr, eps float64) {
	for i, g := range grad {
		sumSq[i] += math.Abs(g)
		theta[i] -= lr * g / math.Sqrt(sumSq[i]+eps)
	}
}
