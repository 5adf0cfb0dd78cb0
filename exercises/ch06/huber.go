// Exercise huber: Huber loss and its gradient.
//
// Read first: chapter 06-faq, "Which loss should I use?".
//
// MSE squares every residual, so one outlier can dominate the loss. The Huber
// loss is quadratic for small residuals and linear for large ones, with the
// switch at δ; with r = p − y:
//
//	h(r) = ½·r²            if |r| ≤ δ
//	h(r) = δ·(|r| − ½·δ)   otherwise
//
//	Huber(p, y) = (1/n) · Σᵢ h(rᵢ)
//	∂Huber/∂pᵢ  = rᵢ/n             if |rᵢ| ≤ δ
//	            = δ·sign(rᵢ)/n     otherwise
//
// The two pieces meet with the same value and slope at |r| = δ, and the
// gradient's size never exceeds δ/n: an outlier pulls no harder than any
// other large error. An empty batch gives 0 and an empty gradient.
//
// Check it with: descent check huber
package ch06

// Huber returns the mean Huber loss of pred against target.
func Huber(pred, target []float64, delta float64) float64 {
	// TODO: sum h(pred[i] − target[i]) and divide by n.
	return 0
}

// HuberGrad returns ∂Huber/∂pred.
func HuberGrad(pred, target []float64, delta float64) []float64 {
	grad := make([]float64, len(pred))
	// TODO: grad[i] = r/n inside δ, δ·sign(r)/n outside.
	return grad
}
