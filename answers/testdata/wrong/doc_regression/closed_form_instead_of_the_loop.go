// Exercise doc_regression (wrong: replaces the loop by the least-squares line, whatever η and the number of iterations).
package ch04

// FitDocument returns [θ₀, θ₁] after iterations steps of gradient descent.
func FitDocument(x, y []float64, learningRate float64, iterations int) []float64 {
	n := float64(len(x))
	if len(x) < 2 {
		return []float64{0, 0}
	}
	var xBar, yBar float64
	for i := range x {
		xBar += x[i] / n
		yBar += y[i] / n
	}
	var sxy, sxx float64
	for i := range x {
		sxy += (x[i] - xBar) * (y[i] - yBar)
		sxx += (x[i] - xBar) * (x[i] - xBar)
	}
	slope := sxy / sxx
	return []float64{yBar - slope*xBar, slope}
}
