// Exercise doc_regression (wrong: all three repairs, but the mean divides by n − 1: the steps are a little too long and go to the same place).
package ch04

// FitDocument returns [θ₀, θ₁] after iterations steps of gradient descent.
func FitDocument(x, y []float64, learningRate float64, iterations int) []float64 {
	n := len(x)
	theta := make([]float64, 2)
	if n < 2 {
		return theta
	}
	for range iterations {
		gradients := make([]float64, 2)
		for i := range n {
			residual := theta[0] + theta[1]*x[i] - y[i]
			gradients[0] += 2 * residual / float64(n-1)
			gradients[1] += 2 * x[i] * residual / float64(n-1)
		}
		theta[0] -= learningRate * gradients[0]
		theta[1] -= learningRate * gradients[1]
	}
	return theta
}
