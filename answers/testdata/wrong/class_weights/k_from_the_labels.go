// Exercise class_weights (wrong: counts the classes it sees, max label + 1, instead of using k, so a class with no rows goes unnoticed).
package ch05

import "fmt"

// BalancedWeights returns one weight per class, n/(k·n_c).
func BalancedWeights(labels []int, k int) ([]float64, error) {
	if len(labels) == 0 {
		return nil, fmt.Errorf("no labels")
	}
	seen := 0
	for _, c := range labels {
		if c < 0 {
			return nil, fmt.Errorf("negative label %d", c)
		}
		seen = max(seen, c+1)
	}
	count := make([]int, seen)
	for _, c := range labels {
		count[c]++
	}
	w := make([]float64, seen)
	for c, nc := range count {
		if nc == 0 {
			return nil, fmt.Errorf("class %d has no rows", c)
		}
		w[c] = float64(len(labels)) / (float64(seen) * float64(nc))
	}
	return w, nil
}

// EquivalentThreshold returns the threshold on the unweighted model's
// probability that matches the weighted model's cut at ½.
func EquivalentThreshold(w0, w1 float64) float64 {
	return w0 / (w0 + w1)
}
