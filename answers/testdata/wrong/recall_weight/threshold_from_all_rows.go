// Wrong solution for recall_weight: takes the threshold that flags the target share of all validation rows, not of the positives.
package ch05

import (
	"math"
	"sort"
)

// ClassWeightForRecall returns the positive-class weight w₁ (with w₀ = 1)
// that makes the weighted model's cut at ½ reach the given recall.
func ClassWeightForRecall(pVal, yVal []float64, recall float64) float64 {
	positives := append([]float64(nil), pVal...)
	if len(positives) == 0 {
		return 1
	}
	sort.Float64s(positives)
	keep := max(1, int(math.Ceil(recall*float64(len(positives)))))
	t := positives[len(positives)-keep]
	return (1 - t) / t
}
