// Exercise rmsprop (wrong: divides by the mean square itself, not its root).
package ch03

// RMSpropStep does one RMSprop update of theta and of its running mean of
// squared gradients, meanSq.
func RMSpropStep(theta, meanSq, grad []float64, lr, rho, eps float64) {
	for i, g := range grad {
		meanSq[i] = rho*meanSq[i] + (1-rho)*g*g
		theta[i] -= lr * g / (meanSq[i] + eps)
	}
}
