// Exercise rmsprop (wrong: divides by the average before this step's g² is in it).
package ch03

import "math"

// RMSpropStep does one RMSprop update of theta and of its running mean of
// squared gradients, meanSq.
func RMSpropStep(theta, meanSq, grad []float64, lr, rho, eps float64) {
	for i, g := range grad {
		theta[i] -= lr * g / math.Sqrt(meanSq[i]+eps)
		meanSq[i] = rho*meanSq[i] + (1-rho)*g*g
	}
}
