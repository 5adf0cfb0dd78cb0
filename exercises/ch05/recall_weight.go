// Exercise recall_weight: choose the class weight that reaches a stated recall.
//
// Read first: chapter 05-future-trends, "Class weights and the decision threshold".
//
// A screening model must find a stated share of the positives (its
// recall) on data where positives are rare, and should raise as few false
// alarms as it can while doing so. The team trains logistic regression
// with class weights w₀ = 1 for negatives and w₁ for positives and
// classifies a row as positive when σ(z) > ½. Your job is to choose w₁.
//
// You are given what a plain model (w₁ = 1), trained on the same data,
// predicts on a validation set: its probabilities pVal and the true
// labels yVal (1 for a positive). Return the w₁ for which the weighted
// model, cut at ½, finds at least the share recall of the positives, and
// no larger than that needs. The chapter shows how a class weight and a
// decision threshold are related; use the validation set to find the
// threshold first.
//
// The test trains the plain model and the weighted one with your w₁ using
// core/optim (full-batch Nesterov SGD on 10,000 rows, 5% positives), and
// scores the weighted one on 40,000 fresh rows: its recall must be within
// 0.04 of the target or above it, and its precision within 0.04 of the
// best precision any threshold on the plain model achieves at the target
// recall. It asks for recalls of 0.95 and 0.7.
//
// recall is in (0, 1]; pVal and yVal have the same length and at least one
// positive. Do not change pVal or yVal.
//
// Check it with: go run . check recall_weight   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch05

// ClassWeightForRecall returns the positive-class weight w₁ (with w₀ = 1)
// that makes the weighted model's cut at ½ reach the given recall.
func ClassWeightForRecall(pVal, yVal []float64, recall float64) float64 {
	// TODO: find the threshold on the plain model's probability that keeps
	// the wanted share of the validation positives, then the weight whose
	// cut at ½ falls there.
	return 0
}
