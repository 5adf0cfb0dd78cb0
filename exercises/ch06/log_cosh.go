// Exercise log_cosh: the log-cosh loss, computed so it never overflows, and
// its gradient by your own derivation.
//
// Read first: chapter 06-faq, "Which loss should I use?".
//
// Log-cosh behaves like the squared error for small residuals and like
// the absolute error for large ones, with no threshold to choose and no
// kink anywhere. With the residual r = p − y,
//
//	LogCosh(p, y) = (1/n) · Σᵢ log cosh(pᵢ − yᵢ),     cosh r = (eʳ + e⁻ʳ)/2
//
// This is Keras's "log_cosh".
//
// Your work has two parts.
//
//  1. The value. cosh r overflows float64 once |r| passes about 710, so
//     log of cosh gives +Inf for a residual of 1000, whose true loss is
//     about 999.3. Rewrite log cosh r, exactly and by algebra, in a form
//     that never overflows for any finite r: pull the larger of the two
//     exponentials out of the logarithm. (math.Log1p(x) computes log(1 + x)
//     accurately for small x.)
//  2. The gradient. Derive ∂LogCosh/∂pᵢ on paper, simplify it to a single
//     standard function, and implement LogCoshGrad. It too must be finite
//     for every finite r: a ratio of two overflowing numbers is NaN.
//
// The tests compare your gradient with central differences of the loss,
// and try residuals of ±1000.
//
// Contract: pred and target have the same length; an empty batch has loss
// 0 and an empty gradient. Change neither input.
//
// Check it with: go run . check log_cosh   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch06

// LogCosh returns the mean log-cosh loss of pred against target.
func LogCosh(pred, target []float64) float64 {
	// TODO: the mean of log cosh over the residuals, in a form that cannot overflow.
	return 0
}

// LogCoshGrad returns ∂LogCosh/∂pred, one value per prediction.
func LogCoshGrad(pred, target []float64) []float64 {
	// TODO: your derivative, for each residual, including the 1/n.
	return nil
}
