// Wrong solution for recall_weight: w₁ = t/(1 − t): the threshold's odds instead of their inverse.
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
	return t / (1 - t)
}
