// Exercise rmsprop: Adagrad with a memory that fades (wrong: stores ε in the average, v ← ρ·v + (1 − ρ)·g² + ε).
//
// v ← ρ·v + (1 − ρ)·g²;  θ ← θ − η·g/√(v + ε)   (ε inside: Keras, TF.js)
package ch03

import "math"

// RMSpropStep does one RMSprop update of theta and of its running mean of
// squared gradients, meanSq.
func RMSpropStep(theta, meanSq, grad []float64, lr, rho, eps float64) {
	for i, g := range grad {
		meanSq[i] = rho*meanSq[i] + (1-rho)*g*g + eps
		theta[i] -= lr * g / math.Sqrt(meanSq[i])
	}
}
