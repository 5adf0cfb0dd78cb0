// Exercise choose_lr (wrong: the right rate, but the mean of x is taken out of the caller's x in place to get its variance).
package ch04

import "math"

// ChooseLR returns the learning rate for gradient descent on the points x.
func ChooseLR(x []float64) float64 {
	n := float64(len(x))
	mean := 0.0
	for _, v := range x {
		mean += v / n
	}
	variance := 0.0
	for i := range x {
		x[i] -= mean
		variance += x[i] * x[i] / n
	}
	// H = 2·[[1, m], [m, v + m²]]
	a, b, d := 2.0, 2*mean, 2*(variance+mean*mean)
	mid, half := (a+d)/2, math.Hypot((a-d)/2, b)
	return 2 / ((mid - half) + (mid + half))
}
