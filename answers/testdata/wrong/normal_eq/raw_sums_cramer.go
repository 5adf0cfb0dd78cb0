// Exercise normal_eq (wrong: Cramer's rule on the raw sums, which cancel to noise far from 0).
package ch04

import "errors"

// FitLine returns the least-squares slope and intercept of y against x.
func FitLine(x, y []float64) (slope, intercept float64, err error) {
	n := float64(len(x))
	var sx, sy, sxx, sxy float64
	for i := range x {
		sx += x[i]
		sy += y[i]
		sxx += x[i] * x[i]
		sxy += x[i] * y[i]
	}
	det := n*sxx - sx*sx
	if len(x) < 2 || det == 0 {
		return 0, 0, errors.New("no unique line")
	}
	slope = (n*sxy - sx*sy) / det
	intercept = (sxx*sy - sx*sxy) / det
	return slope, intercept, nil
}
