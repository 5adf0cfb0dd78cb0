// Exercise rmsprop: Adagrad with a decaying average (answer).
//
// s ← ρ·s + (1 − ρ)·g²;  θ ← θ − η·g / (√s + ε)
package ch03

import "math"

// RMSpropStep does one RMSprop update of theta and its mean square.
func RMSpropStep(theta, meanSq, grad []float64, lr, rho, eps float64) {
	for i := range theta {
		meanSq[i] = rho*meanSq[i] + (1-rho)*grad[i]*grad[i]
		theta[i] -= lr * grad[i] / (math.Sqrt(meanSq[i]) + eps)
	}
}
