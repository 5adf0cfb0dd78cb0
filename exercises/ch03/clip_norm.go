// Exercise clip_norm: clip a model's gradient by its global norm.
//
// Read first: chapter 03-algorithms, "10. Gradient clipping".
//
// A model's gradient comes in pieces, one slice per layer. Clipping by
// global norm treats all of them together as one vector g:
//
//	‖g‖ = √(Σ over every slice of Σᵢ gᵢ²)
//	if ‖g‖ > c:   gᵢ ← gᵢ·c/‖g‖   in every slice, with the same factor
//
// so the whole gradient keeps its direction and only its length is capped
// at c. A gradient already shorter than c is left exactly as it is. Return
// ‖g‖ as it was before clipping (training loops log it).
//
// Convention: TensorFlow's clip_by_global_norm and core/optim's
// ClipAllByGlobalNorm. PyTorch's clip_grad_norm_ divides by ‖g‖ + 1e-6.
//
// Contract: grads may hold slices of different lengths, empty slices, or
// no slice at all (the norm is then 0). Clip in place. When c is not
// positive, leave grads alone (and still return the norm). Entries can be
// as large as 1e200 when training blows up, which is when clipping
// matters: the norm must still come out right, although 1e200² is beyond
// float64 and an infinite norm would scale every entry to 0.
//
// Check it with: go run . check clip_norm   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch03

// ClipGlobalNorm rescales grads, all slices together, so that their global
// norm is at most maxNorm, and returns the norm before clipping.
func ClipGlobalNorm(grads [][]float64, maxNorm float64) (normBefore float64) {
	// TODO: the global norm, safe from overflow; then, only if it is
	// above maxNorm, one common factor for every entry.
	return 0
}
