// Exercise ece: the expected calibration error (wrong: the mean |y − p| per sample, no bins).
package ch01

import "math"

// ECE returns the expected calibration error of the predictions p against
// the labels y, with the given number of equal-width bins.
func ECE(p, y []float64, bins int) float64 {
	if len(p) == 0 {
		return 0
	}
	var sum float64
	for i := range p {
		sum += math.Abs(y[i] - p[i])
	}
	return sum / float64(len(p))
}
