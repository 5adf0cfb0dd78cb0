// Exercise ece: the expected calibration error (wrong: bins by the top-label confidence max(p, 1 − p) and the accuracy of the 0.5 threshold, the multi-class recipe).
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
	sumC := make([]float64, bins)
	sumA := make([]float64, bins)
	count := make([]int, bins)
	for i, v := range p {
		conf, pred := v, 1.0
		if v < 0.5 {
			conf, pred = 1-v, 0
		}
		b := min(int(conf*float64(bins)), bins-1)
		sumC[b] += conf
		if pred == y[i] {
			sumA[b]++
		}
		count[b]++
	}
	var ece float64
	for b := range count {
		if count[b] > 0 {
			ece += math.Abs(sumA[b]-sumC[b]) / float64(len(p))
		}
	}
	return ece
}
