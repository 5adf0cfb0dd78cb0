// Exercise prox_l1: the proximal gradient step for an L1 penalty (wrong: thresholds w first, then takes the gradient step).
package ch02

import "math"

// ProxL1Step replaces w by one proximal gradient step for f(w) + alpha·‖w‖₁,
// given grad = ∇f(w) and the learning rate lr.
func ProxL1Step(w, grad []float64, lr, alpha float64) {
	for j := range w {
		u := math.Copysign(math.Max(math.Abs(w[j])-lr*alpha, 0), w[j])
		w[j] = u - lr*grad[j]
	}
}
