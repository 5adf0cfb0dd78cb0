// Exercise update_ratio: measure each layer's update-to-weight ratio.
//
// Read first: chapter 06-faq, "Watch the update-to-weight ratio".
//
// A network's weights are one flat vector θ, layer after layer: the first
// sizes[0] numbers belong to layer 1, the next sizes[1] to layer 2, and so
// on. An optimizer step turns θ into θ′. For each layer ℓ, with wℓ its
// slice of θ and w′ℓ its slice of θ′, the update-to-weight ratio is
//
//	rℓ = ‖w′ℓ − wℓ‖ / ‖wℓ‖,      ‖v‖ = √(Σᵢ vᵢ²)  (the Euclidean norm)
//
// the size of the step relative to the size of the weights, the number
// CS231n suggests keeping near 10⁻³. It is measured per layer because
// layers differ in scale: a global ratio is dominated by the largest
// layer and hides a layer that barely moves or one that is rewritten.
//
// Contract: one ratio per layer, in order. A layer whose weights were all
// zero before the step (biases, at the start) has no scale to compare
// with: its ratio is +Inf if the step moved it and 0 if it did not. If
// before and after differ in length, or the sizes do not add up to that
// length, return nil. Change neither before nor after.
//
// Check it with: go run . check update_ratio   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch06

// UpdateRatios returns ‖w′ℓ − wℓ‖/‖wℓ‖ for each layer ℓ of the flat
// weights before and after one step, split by sizes.
func UpdateRatios(before, after []float64, sizes []int) []float64 {
	// TODO: check the shapes; then one ratio per layer.
	return nil
}
