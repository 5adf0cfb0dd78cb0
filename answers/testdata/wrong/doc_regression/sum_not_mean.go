// Exercise doc_regression (wrong: adds the ones and pairs each prediction with its own target, but keeps the gradient of the sum).
package ch04

// FitDocument returns [θ₀, θ₁] after iterations steps of gradient descent.
func FitDocument(x, y []float64, learningRate float64, iterations int) []float64 {
	n := len(x)
	// X = np.random.randn(100, 1)
	X := make([][]float64, n)
	for i := range n {
		X[i] = []float64{1, x[i]}
	}
	// theta = np.zeros(2)
	theta := make([]float64, 2)
	for range iterations {
		// X.dot(theta) - y
		residual := make([][]float64, n)
		for i := range n {
			prediction := 0.0
			for j := range X[i] {
				prediction += X[i][j] * theta[j]
			}
			residual[i] = []float64{prediction - y[i]}
		}
		// gradients = 2 * X.T.dot(X.dot(theta) - y)
		gradients := make([]float64, len(theta))
		for i := range n {
			for j := range X[i] {
				gradients[j] += 2 * X[i][j] * residual[i][0]
			}
		}
		// theta = theta - learning_rate * gradients
		for j := range theta {
			theta[j] -= learningRate * gradients[j]
		}
	}
	return theta
}
