// Exercise normal_eq: the closed-form least-squares line (answer).
//
// slope = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)²;  intercept = ȳ − slope·x̄
package ch04

import "errors"

// FitLine returns the least-squares slope and intercept of y against x.
func FitLine(x, y []float64) (slope, intercept float64, err error) {
	n := float64(len(x))
	if len(x) < 2 {
		return 0, 0, errors.New("need at least two points")
	}
	var xBar, yBar float64
	for i := range x {
		xBar += x[i]
		yBar += y[i]
	}
	xBar /= n
	yBar /= n
	var sxy, sxx float64
	for i := range x {
		sxy += (x[i] - xBar) * (y[i] - yBar)
		sxx += (x[i] - xBar) * (x[i] - xBar)
	}
	if sxx == 0 {
		return 0, 0, errors.New("every x is the same: no unique line")
	}
	slope = sxy / sxx
	return slope, yBar - slope*xBar, nil
}
