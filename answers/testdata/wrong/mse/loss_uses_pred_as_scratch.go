// Exercise mse: the mean squared error and its gradient (wrong: MSE squares the differences into the caller's pred).
//
// MSE(p, y) = (1/n)·Σᵢ (pᵢ − yᵢ)²,  ∂MSE/∂pᵢ = 2·(pᵢ − yᵢ)/n
package ch01

// MSE returns the mean squared error of pred against target.
func MSE(pred, target []float64) float64 {
	if len(pred) == 0 {
		return 0
	}
	var sum float64
	for i := range pred {
		pred[i] -= target[i]
		pred[i] *= pred[i]
		sum += pred[i]
	}
	return sum / float64(len(pred))
}

// MSEGrad returns ∂MSE/∂pred, one partial derivative per prediction.
func MSEGrad(pred, target []float64) []float64 {
	grad := make([]float64, len(pred))
	n := float64(len(pred))
	for i := range pred {
		grad[i] = 2 * (pred[i] - target[i]) / n
	}
	return grad
}
