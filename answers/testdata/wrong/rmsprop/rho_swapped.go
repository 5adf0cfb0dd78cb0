// Exercise rmsprop (wrong: ρ weighs the new gradient and 1 − ρ the old average).
package ch03

import "math"

// RMSpropStep does one RMSprop update of theta and of its running mean of
// squared gradients, meanSq.
func RMSpropStep(theta, meanSq, grad []float64, lr, rho, eps float64) {
	for i, g := range grad {
		meanSq[i] = (1-rho)*meanSq[i] + rho*g*g
		theta[i] -= lr * g / math.Sqrt(meanSq[i]+eps)
	}
}
