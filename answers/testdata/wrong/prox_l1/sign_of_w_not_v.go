// Exercise prox_l1: the proximal gradient step for an L1 penalty (wrong: gives the shrunk value the sign of w instead of the sign of v).
//
// v = w − η·∇f(w);  w⁺ⱼ = sign(vⱼ)·max(|vⱼ| − η·α, 0)   (soft thresholding)
package ch02

import "math"

// ProxL1Step replaces w by one proximal gradient step for f(w) + alpha·‖w‖₁,
// given grad = ∇f(w) and the learning rate lr.
func ProxL1Step(w, grad []float64, lr, alpha float64) {
	threshold := lr * alpha
	for j := range w {
		v := w[j] - lr*grad[j]
		shrunk := math.Max(math.Abs(v)-threshold, 0)
		w[j] = math.Copysign(shrunk, w[j])
	}
}
