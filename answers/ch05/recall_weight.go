// Exercise recall_weight: choose the class weight that reaches a stated recall (answer).
//
// On validation data, the threshold t that keeps ⌈recall·n₁⌉ positives is
// the smallest of their probabilities. Weighting positives by w₁ adds
// ln w₁ to the logit, so the weighted model's cut at ½ is the plain one's
// at t = 1/(1 + w₁): w₁ = (1 − t)/t.
package ch05

import (
	"math"
	"sort"
)

// ClassWeightForRecall returns the positive-class weight w₁ (with w₀ = 1)
// that makes the weighted model's cut at ½ reach the given recall.
func ClassWeightForRecall(pVal, yVal []float64, recall float64) float64 {
	var positives []float64
	for i, p := range pVal {
		if yVal[i] == 1 {
			positives = append(positives, p)
		}
	}
	if len(positives) == 0 {
		return 1
	}
	sort.Float64s(positives)
	keep := max(1, int(math.Ceil(recall*float64(len(positives)))))
	t := positives[len(positives)-keep]
	return (1 - t) / t
}
