// Exercise stopping: document 000's gradient-descent loop, repaired (wrong: stops only when ‖∇J‖ < tol, strictly, so tol = 0 never stops at an exact minimum).
//
// θ ← θ − η·∇J(θ) until ‖∇J(θ)‖ ≤ tol or maxSteps steps: the minimum value
// is unknown, so the loop stops on the gradient, not on the loss.
package ch02

import "math"

// Minimize runs gradient descent on J from theta0 with learning rate lr,
// until the gradient's norm is at most tol or maxSteps steps are taken.
func Minimize(J func([]float64) float64, grad func([]float64) []float64, theta0 []float64, lr, tol float64, maxSteps int) (theta []float64, steps int) {
	theta = append([]float64(nil), theta0...)
	for ; steps < maxSteps; steps++ {
		g := grad(theta)
		var norm2 float64
		for _, v := range g {
			norm2 += v * v
		}
		if math.Sqrt(norm2) < tol {
			break
		}
		for i := range theta {
			theta[i] -= lr * g[i]
		}
	}
	return theta, steps
}
