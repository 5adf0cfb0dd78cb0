// Exercise doc_regression (wrong: repairs the residuals and the 1/n but keeps X with one column, so θ₀ acts as the slope).
package ch04

// FitDocument returns [θ₀, θ₁] after iterations steps of gradient descent.
func FitDocument(x, y []float64, learningRate float64, iterations int) []float64 {
	n := len(x)
	// X = np.random.randn(100, 1)
	X := make([][]float64, n)
	for i := range n {
		X[i] = []float64{x[i]}
	}
	// theta = np.zeros(2)
	theta := make([]float64, 2)
	for range iterations {
		gradients := make([]float64, len(theta))
		for i := range n {
			prediction := 0.0
			for j := range X[i] {
				prediction += X[i][j] * theta[j]
			}
			for j := range X[i] {
				gradients[j] += 2 * X[i][j] * (prediction - y[i]) / float64(n)
			}
		}
		// theta = theta - learning_rate * gradients
		for j := range theta {
			theta[j] -= learningRate * gradients[j]
		}
	}
	return theta
}
