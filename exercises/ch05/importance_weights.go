// Exercise importance_weights: reweight rows drawn from another distribution, and count what the batch is worth.
//
// Read first: chapter 05-future-trends, "Importance sampling".
//
// The full gradient is the mean over n rows, ∇J = (1/n)·Σᵢ ∇ℓᵢ: an
// average under the uniform distribution pᵢ = 1/n. A sampler that draws
// row i with probability qᵢ instead (more positives, say) still estimates
// ∇J without bias if every drawn row is weighted by wᵢ = pᵢ/qᵢ:
//
//	E_q[wᵢ·∇ℓᵢ] = Σᵢ qᵢ·(pᵢ/qᵢ)·∇ℓᵢ = ∇J,
//
// so that the batch gradient (1/b)·Σⱼ w_{drawn[j]}·∇ℓ_{drawn[j]} is
// unbiased. The price is variance: heavy weights on a few rows make the
// batch worth fewer rows. Kish's effective sample size measures it:
//
//	b_eff = (Σⱼ wⱼ)² / Σⱼ wⱼ²
//
// over the weights of the b rows drawn: b when the weights are all equal,
// close to 1 when one weight dominates.
//
// ImportanceWeights takes q (one probability per row of the data) and the
// indices drawn (with replacement; a row may appear several times) and
// returns one weight per drawn row, in the order drawn, and b_eff.
// Return an error when q is empty, when some qᵢ is negative or not a
// number, when q does not sum to 1 (within 1e-9), when no rows were drawn,
// or when a drawn index is outside q or is a row with qᵢ = 0 (a sampler
// cannot draw it). Do not change q or drawn.
//
// Check it with: go run . check importance_weights   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch05

// ImportanceWeights returns the weight p/q of every drawn row and the
// batch's effective size.
func ImportanceWeights(q []float64, drawn []int) (weights []float64, effective float64, err error) {
	// TODO: validate q and drawn; one weight per drawn row; Kish's b_eff.
	return nil, 0, nil
}
