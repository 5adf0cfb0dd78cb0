// Exercise rmsprop (wrong: ε outside the root, PyTorch's √v + ε, where the exercise follows Keras).
package ch03

import "math"

// RMSpropStep does one RMSprop update of theta and of its running mean of
// squared gradients, meanSq.
func RMSpropStep(theta, meanSq, grad []float64, lr, rho, eps float64) {
	for i, g := range grad {
		meanSq[i] = rho*meanSq[i] + (1-rho)*g*g
		theta[i] -= lr * g / (math.Sqrt(meanSq[i]) + eps)
	}
}
