// Exercise weighted_bce: class-weighted binary cross-entropy on logits, and its gradient.
//
// Read first: chapter 05-future-trends, "Class weights and the decision threshold".
//
// With class weights w₀ (negatives) and w₁ (positives), every row's loss
// is multiplied by the weight of its class, and the batch loss is
//
//	J(z) = (1/n)·Σᵢ w_{yᵢ}·ℓ(zᵢ, yᵢ),   ℓ(z, y) = max(z, 0) − z·y + log(1 + e^−|z|)
//
// for logits zᵢ and labels yᵢ ∈ {0, 1}; ℓ is binary cross-entropy on
// logits in its stable form (chapter 4, exercise sigmoid_bce, whose
// derivative ∂ℓ/∂z = σ(z) − y you may reuse). Return J and its gradient,
// ∂J/∂zᵢ for every row.
//
// The reduction divides by n, the number of rows, as Keras does for
// class_weight and sample_weight; PyTorch's CrossEntropyLoss(weight=…)
// divides by Σᵢ w_{yᵢ} instead. The two differ by a constant factor
// (they have the same minimizer, but not the same gradient); this file
// follows Keras. With w₀ = w₁ = 1 it is plain binary cross-entropy.
//
// Every value must stay finite for any finite logit (z = ±1000 included).
// For n = 0 return 0 and an empty gradient. Do not change z or y.
//
// Check it with: go run . check weighted_bce   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch05

// WeightedBCE returns the class-weighted mean binary cross-entropy of the
// logits z against the labels y, and its gradient with respect to z.
func WeightedBCE(z, y []float64, w0, w1 float64) (loss float64, grad []float64) {
	// TODO: each row's stable loss times its class's weight, the mean over
	// n rows, and each row's derivative of that mean.
	return 0, nil
}
