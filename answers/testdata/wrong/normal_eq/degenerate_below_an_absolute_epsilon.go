// Exercise normal_eq (wrong: calls the data degenerate when Σ(x − x̄)² < 1e-12, an absolute threshold, so x spread over 10⁻⁷ is refused).
package ch04

import "errors"

// FitLine returns the least-squares slope and intercept of y against x.
func FitLine(x, y []float64) (slope, intercept float64, err error) {
	if len(x) < 2 {
		return 0, 0, errors.New("need at least two points for a line")
	}
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
	if sxx < 1e-12 {
		return 0, 0, errors.New("every x is (nearly) the same: no unique line")
	}
	slope = sxy / sxx
	return slope, yBar - slope*xBar, nil
}
