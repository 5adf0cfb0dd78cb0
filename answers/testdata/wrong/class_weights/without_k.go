// Wrong solution for class_weights: n/n_c, forgetting the k.
//
// w_c = n/(k·n_c); logit t + ln(w₁/w₀) = 0 gives t = w₀/(w₀ + w₁).
package ch05

import "fmt"

// BalancedWeights returns one weight per class, n/(k·n_c).
func BalancedWeights(labels []int, k int) ([]float64, error) {
	if k < 1 {
		return nil, fmt.Errorf("k = %d: need at least one class", k)
	}
	if len(labels) == 0 {
		return nil, fmt.Errorf("no labels")
	}
	count := make([]int, k)
	for i, c := range labels {
		if c < 0 || c >= k {
			return nil, fmt.Errorf("label %d at row %d is outside 0 … %d", c, i, k-1)
		}
		count[c]++
	}
	w := make([]float64, k)
	for c, nc := range count {
		if nc == 0 {
			return nil, fmt.Errorf("class %d has no rows, so it has no weight", c)
		}
		w[c] = float64(len(labels)) / float64(nc)
	}
	return w, nil
}

// EquivalentThreshold returns the threshold on the unweighted model's
// probability that matches the weighted model's cut at ½.
func EquivalentThreshold(w0, w1 float64) float64 {
	return w0 / (w0 + w1)
}
