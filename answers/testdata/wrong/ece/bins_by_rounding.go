// Exercise ece: the expected calibration error (wrong: a prediction goes to the nearest bin edge).
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
		b := min(int(math.Round(v*float64(bins))), bins-1)
		sumP[b] += v
		sumY[b] += y[i]
		count[b]++
	}
	var ece float64
	for b := range count {
		if count[b] == 0 {
			continue
		}
		// (n_b/n)·|ȳ_b − p̄_b| = |Σy − Σp| / n over the bin's samples.
		ece += math.Abs(sumY[b]-sumP[b]) / float64(len(p))
	}
	return ece
}
