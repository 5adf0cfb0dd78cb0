// Exercise recall_weight (wrong: takes the threshold t = 1 − recall without looking at the validation set, so w₁ = recall/(1 − recall)).
package ch05

// ClassWeightForRecall returns the positive-class weight w₁ (with w₀ = 1)
// that makes the weighted model's cut at ½ reach the given recall.
func ClassWeightForRecall(pVal, yVal []float64, recall float64) float64 {
	t := 1 - recall
	if t <= 0 {
		return 1e6
	}
	return (1 - t) / t
}
