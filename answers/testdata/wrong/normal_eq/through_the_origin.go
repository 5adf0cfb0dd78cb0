// Exercise normal_eq (wrong: drops the column of ones and fits a line through the origin).
package ch04

import "errors"

// FitLine returns the least-squares slope and intercept of y against x.
func FitLine(x, y []float64) (slope, intercept float64, err error) {
	var sxx, sxy float64
	for i := range x {
		sxx += x[i] * x[i]
		sxy += x[i] * y[i]
	}
	if len(x) < 2 || sxx == 0 {
		return 0, 0, errors.New("no unique line")
	}
	return sxy / sxx, 0, nil
}
