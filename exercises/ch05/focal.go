// Exercise focal: binary focal loss.
//
// Read first: chapter 05-future-trends, "Non-uniform sample distributions".
//
// On imbalanced data most samples are easy, and their many small losses
// drown out the few hard ones. Focal loss (Lin et al., 2017) scales each
// sample's cross-entropy by (1 − pₜ)^γ, which is near 0 for samples the model
// already gets right:
//
//	pₜ = p if y = 1, and 1 − p if y = 0
//	FL = −(1/n) · Σᵢ (1 − pₜᵢ)^γ · log pₜᵢ
//
// Clamp pₜ into [eps, 1 − eps] before the log, as in exercise bce. With
// γ = 0 this is exactly binary cross-entropy; γ = 2 is the paper's choice.
// Labels here are exactly 0 or 1. An empty batch has loss 0.
//
// Check it with: descent check focal
package ch05

// FocalLoss returns the mean binary focal loss with focusing parameter gamma.
func FocalLoss(p, y []float64, gamma float64) float64 {
	// TODO: for each i pick pₜ, clamp it, add math.Pow(1−pₜ, gamma)·log(pₜ);
	// return minus the sum over n.
	return 0
}
