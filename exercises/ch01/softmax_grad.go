// Exercise softmax_grad: derive the gradient of softmax cross-entropy.
//
// Read first: chapter 01-background, "The gradient is p − y".
//
// A classifier's logits z = (z₁ … z_C) become probabilities
// pⱼ = exp(zⱼ) / Σₖ exp(zₖ), and its loss against a target distribution y
// over the classes (yⱼ ≥ 0, Σⱼ yⱼ = 1: one-hot, or soft as with label
// smoothing or distillation) is the cross-entropy
//
//	H(y, z) = −Σⱼ yⱼ · log pⱼ
//
// Derive ∂H/∂zᵢ for every i on paper (each zᵢ appears in every pⱼ through
// the sum in the denominator), then return it. The tests compare your
// gradient with central differences of H and with large logits.
//
// Contract: z and y have the same length C ≥ 1, Σ y = 1. The result is a
// new slice of length C, finite for any finite logits: z = (1000, 0, −1000)
// is a legal input. Do not change z or y.
//
// Check it with: go run . check softmax_grad   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch01

// SoftmaxCEGrad returns ∂H/∂z, the gradient of the softmax cross-entropy
// H(y, z) with respect to the logits.
func SoftmaxCEGrad(z, y []float64) []float64 {
	// TODO: the gradient you derived, one entry per logit.
	return nil
}
