// Exercise normal_eq: the least-squares line in closed form, accurate far from 0 (answer).
//
// With x and y centered on their means the normal equations decouple:
// θ₁ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)², θ₀ = ȳ − θ₁·x̄.
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
	if sxx == 0 {
		return 0, 0, errors.New("every x is the same: no unique line")
	}
	slope = sxy / sxx
	return slope, yBar - slope*xBar, nil
}
