// Exercise mse: mean squared error and its gradient.
//
// Read first: chapter 01-background, "The loss: one number that ranks models".
//
// A model predicts p = (p₁ … pₙ) for the targets y = (y₁ … yₙ). The mean
// squared error is
//
//	MSE(p, y) = (1/n) · Σᵢ (pᵢ − yᵢ)²
//
// and its gradient with respect to the predictions is
//
//	∂MSE/∂pᵢ = 2·(pᵢ − yᵢ) / n
//
// Fill in both functions. pred and target always have the same length. An
// empty batch has no error: return 0 and an empty slice. Do not change pred
// or target.
//
// Check it with: descent check mse
package ch01

// MSE returns the mean squared error of pred against target.
func MSE(pred, target []float64) float64 {
	// TODO: add up (pred[i] − target[i])² for every i, then divide by n.
	return 0
}

// MSEGrad returns ∂MSE/∂pred, one value per prediction.
func MSEGrad(pred, target []float64) []float64 {
	grad := make([]float64, len(pred))
	// TODO: set grad[i] to 2·(pred[i] − target[i]) / n.
	return grad
}
