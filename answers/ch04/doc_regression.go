// Exercise doc_regression: repair document 000's regression program, ported to Go (answer).
//
// Three repairs: X gets a column of ones (θ₀ is an intercept), each
// prediction is compared with its own target only (the noise is a vector,
// not a column that numpy broadcasts), and the gradient is that of the
// mean, (2/n)·Xᵀ(Xθ − y).
package ch04

// FitDocument returns [θ₀, θ₁] after iterations steps of gradient descent.
func FitDocument(x, y []float64, learningRate float64, iterations int) []float64 {
	n := len(x)
	// X = np.c_[np.ones((n, 1)), x]
	X := make([][]float64, n)
	for i := range n {
		X[i] = []float64{1, x[i]}
	}
	theta := make([]float64, 2)
	for range iterations {
		// gradients = (2/n) * X.T.dot(X.dot(theta) - y)
		gradients := make([]float64, len(theta))
		for i := range n {
			prediction := 0.0
			for j := range X[i] {
				prediction += X[i][j] * theta[j]
			}
			residual := prediction - y[i]
			for j := range X[i] {
				gradients[j] += 2 * X[i][j] * residual / float64(n)
			}
		}
		for j := range theta {
			theta[j] -= learningRate * gradients[j]
		}
	}
	return theta
}
