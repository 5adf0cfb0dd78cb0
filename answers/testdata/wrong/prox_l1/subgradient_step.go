// Exercise prox_l1: the proximal gradient step for an L1 penalty (wrong: a subgradient step, w − η·(∇f + α·sign w)).
package ch02

import "math"

// ProxL1Step replaces w by one proximal gradient step for f(w) + alpha·‖w‖₁,
// given grad = ∇f(w) and the learning rate lr.
func ProxL1Step(w, grad []float64, lr, alpha float64) {
	for j := range w {
		sign := 0.0
		if w[j] > 0 {
			sign = 1
		} else if w[j] < 0 {
			sign = -1
		}
		w[j] -= lr * (grad[j] + alpha*sign)
	}
	_ = math.Abs
}
