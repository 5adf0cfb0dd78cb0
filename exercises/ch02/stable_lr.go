// Exercise stable_lr: the largest stable learning rate of a quadratic.
//
// Read first: chapter 02-core-concepts, "The learning rate".
//
// On the quadratic J(θ) = ½·θᵀHθ with a symmetric 2×2 Hessian
//
//	H = ⎡a  b⎤
//	    ⎣b  c⎦
//
// a gradient step is θ ← (I − ηH)·θ. Along each eigenvector of H it
// multiplies θ by (1 − η·λ), so it converges only if |1 − η·λ| < 1 for every
// eigenvalue λ. With L = λ_max, the largest eigenvalue (the curvature of the
// steepest direction), that means
//
//	0 < η < 2/L,   L = (a + c)/2 + √( ((a − c)/2)² + b² )
//
// Return 2/L. If L ≤ 0 the surface is flat or curves down in every
// direction, and no learning rate makes a step blow up: return +Inf.
//
// This bound is why the source article's linear regression diverges: its
// gradient lacks the 1/n, which makes L a hundred times larger.
//
// Check it with: descent check stable_lr
package ch02

// MaxStableLR returns 2/L for the Hessian [[a b] [b c]], or +Inf if L ≤ 0.
func MaxStableLR(a, b, c float64) float64 {
	// TODO: compute L, the largest eigenvalue, and return 2/L
	// (math.Inf(1) when L <= 0).
	return 0
}
