// Exercise adagrad (wrong: a decaying average, RMSprop's, where Adagrad keeps the whole sum).
package ch03

import "math"

// AdagradStep does one Adagrad update of theta and of its running sum of
// squared gradients, sumSq.
func AdagradStep(theta, sumSq, grad []float64, lr, eps float64) {
	for i, g := range grad {
		sumSq[i] = 0.9*sumSq[i] + 0.1*g*g
		theta[i] -= lr * g / math.Sqrt(sumSq[i]+eps)
	}
}
