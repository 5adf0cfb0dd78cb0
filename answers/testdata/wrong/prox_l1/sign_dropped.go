// Exercise prox_l1: the proximal gradient step for an L1 penalty (wrong: drops the sign: negative coordinates go to 0).
package ch02

import "math"

// ProxL1Step replaces w by one proximal gradient step for f(w) + alpha·‖w‖₁,
// given grad = ∇f(w) and the learning rate lr.
func ProxL1Step(w, grad []float64, lr, alpha float64) {
	for j := range w {
		v := w[j] - lr*grad[j]
		w[j] = math.Max(v-lr*alpha, 0)
	}
}
