// Exercise normal_eq (wrong: divides by Σ(x − x̄)² without checking it, so equal x give NaN).
package ch04

// FitLine returns the least-squares slope and intercept of y against x.
func FitLine(x, y []float64) (slope, intercept float64, err error) {
	n := float64(len(x))
	var xBar, yBar float64
	for i := range x {
		xBar += x[i]
		yBar += y[i]
	}
	xBar /= n
	yBar /= n
	var sxy, sxx float64
	for i := range x {
		dx := x[i] - xBar
		sxy += dx * (y[i] - yBar)
		sxx += dx * dx
	}
	slope = sxy / sxx
	return slope, yBar - slope*xBar, nil
}
