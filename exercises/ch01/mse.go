// Exercise mse: the mean squared error and its gradient.
//
// Read first: chapter 01-background, "The loss: one number that ranks models".
//
// A model predicts p = (p₁ … pₙ) for the targets y = (y₁ … yₙ). Its mean
// squared error is
//
//	MSE(p, y) = (1/n) · Σᵢ (pᵢ − yᵢ)²
//
// MSE returns that number. MSEGrad returns the gradient of MSE with respect
// to the predictions, the vector (∂MSE/∂p₁, …, ∂MSE/∂pₙ): work out one
// partial derivative by hand first (each pᵢ appears in one term of the sum,
// and the mean's 1/n does not go away). This gradient is what gradient
// descent feeds back into the model through the chain rule.
//
// Contract: pred and target have the same length n. An empty batch has no
// error: MSE returns 0 and MSEGrad a slice of length 0. Neither function
// changes pred or target; MSEGrad returns a new slice.
//
// Check it with: go run . check mse   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch01

// MSE returns the mean squared error of pred against target.
func MSE(pred, target []float64) float64 {
	// TODO: the mean, over the batch, of the squared differences.
	return 0
}

// MSEGrad returns ∂MSE/∂pred, one partial derivative per prediction.
func MSEGrad(pred, target []float64) []float64 {
	// TODO: one partial derivative per prediction, in a new slice.
	return nil
}
