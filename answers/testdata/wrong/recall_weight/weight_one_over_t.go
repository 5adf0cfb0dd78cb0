// Exercise recall_weight (wrong: w₁ = 1/t, forgetting that the cut of the weighted model sits at w₁ = (1 − t)/t).
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
	return 1 / positives[len(positives)-keep]
}
