package ch04

// Helpers the chapter's exercise tests share.

// leastSquares is the exact answer, from centered sums.
func leastSquares(x, y []float64) (intercept, slope float64) {
	n := float64(len(x))
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
	slope = sxy / sxx
	return yBar - slope*xBar, slope
}
