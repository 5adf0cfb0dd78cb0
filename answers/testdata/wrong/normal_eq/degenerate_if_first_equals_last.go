// Exercise normal_eq (wrong: decides that all x are equal by comparing the first with the last, so it refuses x = [1 3 1]).
package ch04

import "errors"

// FitLine returns the least-squares slope and intercept of y against x.
func FitLine(x, y []float64) (slope, intercept float64, err error) {
	if len(x) < 2 || x[0] == x[len(x)-1] {
		return 0, 0, errors.New("every x is the same: no unique line")
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
	slope = sxy / sxx
	return slope, yBar - slope*xBar, nil
}
