// Exercise mse: the mean squared error and its gradient (wrong: MSEGrad writes the gradient into the caller's target and returns it).
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
		d := pred[i] - target[i]
		sum += d * d
	}
	return sum / float64(len(pred))
}

// MSEGrad returns ∂MSE/∂pred, one partial derivative per prediction.
func MSEGrad(pred, target []float64) []float64 {
	n := float64(len(pred))
	for i := range pred {
		target[i] = 2 * (pred[i] - target[i]) / n
	}
	return target
}
