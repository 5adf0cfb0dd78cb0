// Exercise prox_l1: the proximal gradient step for an L1 penalty.
//
// Read first: chapter 02-core-concepts, "The proximal step for L1".
//
// To minimize J(w) = f(w) + α·‖w‖₁, with f smooth and α ≥ 0, the proximal
// gradient method (ISTA) splits every step in two:
//
//   - a gradient step on the smooth part alone, v = w − η·∇f(w);
//   - the proximal step of the penalty, w⁺ = argmin_u ½‖u − v‖² + η·α·‖u‖₁,
//     the exact minimizer.
//
// The second step separates by coordinate, and each coordinate's problem,
// minimize ½(u − v)² + ηα·|u| over one number u, has a closed-form answer,
// soft thresholding: the chapter derives it (or do it on paper, looking at
// u > 0, u < 0 and u = 0 in turn). It moves every weight towards 0 and can
// put it exactly at 0, which a subgradient step never does.
//
// ProxL1Step takes one such step in place: grad holds ∇f(w), the gradient
// of the smooth part only, and w is overwritten with w⁺. It does not
// change grad. lr = η > 0 and alpha = α ≥ 0; with α = 0 the step is plain
// gradient descent.
//
// Check it with: go run . check prox_l1   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch02

// ProxL1Step replaces w by one proximal gradient step for f(w) + alpha·‖w‖₁,
// given grad = ∇f(w) and the learning rate lr.
func ProxL1Step(w, grad []float64, lr, alpha float64) {
	// TODO: the gradient step on f, then the proximal step of the penalty,
	// coordinate by coordinate, written into w.
}
