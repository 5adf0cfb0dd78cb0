// Exercise doc_regression (wrong: updates θ₀ first and computes θ₁'s gradient with the new θ₀, coordinate by coordinate, not one step of the whole gradient).
package ch04

// FitDocument returns [θ₀, θ₁] after iterations steps of gradient descent.
func FitDocument(x, y []float64, learningRate float64, iterations int) []float64 {
	n := len(x)
	theta := make([]float64, 2)
	feature := func(i, j int) float64 {
		if j == 0 {
			return 1
		}
		return x[i]
	}
	for range iterations {
		for j := range theta {
			g := 0.0
			for i := range n {
				residual := theta[0] + theta[1]*x[i] - y[i]
				g += 2 * feature(i, j) * residual / float64(n)
			}
			theta[j] -= learningRate * g
		}
	}
	return theta
}
