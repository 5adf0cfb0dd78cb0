// Exercise doc_regression: repair document 000's regression program, ported to Go.
//
// Read first: chapter 04-code, "Linear regression from scratch" and the
// sections after it.
//
// FitDocument is document 000's numpy program translated to Go line by
// line, keeping what numpy actually computes for each line as printed:
//
//	X = np.random.randn(100, 1)
//	y = X.dot(np.array([1.5, -2.0])) + 0.5 * np.random.randn(100, 1)
//	theta = np.zeros(2)
//	for i in range(iterations):
//	    gradients = 2 * X.T.dot(X.dot(theta) - y)
//	    theta = theta - learning_rate * gradients
//
// (The data arrive as x and y; where numpy would stop with an error, the
// port carries on with what the arrays hold.)
//
// What it should do: fit the line y ≈ θ₀ + θ₁·x to the points (xᵢ, yᵢ) by
// gradient descent on the mean squared error
//
//	J(θ) = (1/n)·Σᵢ (θ₀ + θ₁·xᵢ − yᵢ)²
//
// from θ = (0, 0), taking `iterations` steps θ ← θ − η·∇J(θ) with
// η = learningRate, and return [θ₀, θ₁]. With enough steps it lands on the
// least-squares line.
//
// What you see instead: on 120 points with the document's η = 0.01 and
// 1000 iterations it returns NaN. On 10 points with η = 0.001 it returns
// numbers, but not the line. Repair it so both work; there is more than
// one fault, and the first repair that removes the NaN is not the last.
// For no points, return [0, 0].
//
// Check it with: go run . check doc_regression   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
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
		// X.dot(theta) - y
		residual := make([][]float64, n)
		for i := range n {
			prediction := 0.0
			for j := range X[i] {
				prediction += X[i][j] * theta[j]
			}
			residual[i] = make([]float64, n)
			for k := range n {
				residual[i][k] = prediction - y[k]
			}
		}
		// gradients = 2 * X.T.dot(X.dot(theta) - y)
		gradients := make([]float64, len(theta))
		for i := range n {
			for j := range X[i] {
				for k := range n {
					gradients[j] += 2 * X[i][j] * residual[i][k]
				}
			}
		}
		// theta = theta - learning_rate * gradients
		for j := range theta {
			theta[j] -= learningRate * gradients[j]
		}
	}
	return theta
}
