// Exercise ece: the expected calibration error (wrong: bins by ⌈p·B⌉ − 1, so a p on a bin's left edge goes to the bin below).
//
// ECE = Σ_b (n_b/n)·|ȳ_b − p̄_b| over B equal-width bins of [0, 1].
package ch01

import "math"

// ECE returns the expected calibration error of the predictions p against
// the labels y, with the given number of equal-width bins.
func ECE(p, y []float64, bins int) float64 {
	if len(p) == 0 {
		return 0
	}
	sumP := make([]float64, bins)
	sumY := make([]float64, bins)
	count := make([]int, bins)
	for i, v := range p {
		b := max(int(math.Ceil(v*float64(bins)))-1, 0)
		sumP[b] += v
		sumY[b] += y[i]
		count[b]++
	}
	var ece float64
	for b := range count {
		if count[b] > 0 {
			ece += math.Abs(sumY[b]-sumP[b]) / float64(len(p))
		}
	}
	return ece
}
