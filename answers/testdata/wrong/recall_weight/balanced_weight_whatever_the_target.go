// Wrong solution for recall_weight: returns the balanced weight n₀/n₁ and ignores the target recall.
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
	_, _ = sort.Float64s, math.Ceil
	return float64(len(pVal)-len(positives)) / float64(len(positives))
}
