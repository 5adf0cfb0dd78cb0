// Exercise recall_weight (wrong: sorts the caller's validation probabilities and labels together, in place, to walk down the positives).
package ch05

import "sort"

type byProbability struct{ p, y []float64 }

func (b byProbability) Len() int           { return len(b.p) }
func (b byProbability) Less(i, j int) bool { return b.p[i] > b.p[j] }
func (b byProbability) Swap(i, j int) {
	b.p[i], b.p[j] = b.p[j], b.p[i]
	b.y[i], b.y[j] = b.y[j], b.y[i]
}

// ClassWeightForRecall returns the positive-class weight w₁ (with w₀ = 1)
// that makes the weighted model's cut at ½ reach the given recall.
func ClassWeightForRecall(pVal, yVal []float64, recall float64) float64 {
	sort.Sort(byProbability{pVal, yVal})
	positives := 0.0
	for _, y := range yVal {
		positives += y
	}
	found := 0.0
	for i, y := range yVal {
		found += y
		if y == 1 && found >= recall*positives {
			t := pVal[i]
			return (1 - t) / t
		}
	}
	return 1
}
