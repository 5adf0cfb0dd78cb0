// Exercise huber: the Huber loss, and its gradient by your own derivation.
//
// Read first: chapter 06-faq, "Which loss should I use?".
//
// The squared error lets one outlier dominate: its pull grows with its
// residual. The Huber loss (Huber 1964) is quadratic for residuals up to a
// threshold δ > 0 and linear beyond it. With the residual r = p − y,
//
//	h(r) = ½·r²             if |r| ≤ δ
//	h(r) = δ·(|r| − ½·δ)    if |r| > δ
//
//	Huber(p, y) = (1/n) · Σᵢ h(pᵢ − yᵢ)
//
// This is Keras's "huber" and PyTorch's HuberLoss(delta) (not PyTorch's
// SmoothL1Loss, which divides by δ).
//
// Your work: implement Huber, then derive ∂Huber/∂pᵢ yourself, on paper,
// for both pieces, and implement HuberGrad. Check your derivation where
// the pieces meet: at |r| = δ both pieces should have the same value and
// the same slope, which is why the loss has no kink there. The tests
// compare your gradient with central differences of the loss, so a slip
// in the derivation shows up as a number.
//
// Contract: pred and target have the same length; an empty batch has loss
// 0 and an empty gradient. Change neither input.
//
// Check it with: go run . check huber   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch06

// Huber returns the mean Huber loss of pred against target.
func Huber(pred, target []float64, delta float64) float64 {
	// TODO: the mean of h over the residuals.
	return 0
}

// HuberGrad returns ∂Huber/∂pred, one value per prediction.
func HuberGrad(pred, target []float64, delta float64) []float64 {
	// TODO: your derivative of h, for each residual, including the 1/n.
	return nil
}
