// Exercise ece: the expected calibration error of a binary classifier.
//
// Read first: chapter 01-background, "Calibration: do the probabilities mean what they say?".
//
// A classifier predicts pᵢ ∈ [0, 1], the probability that sample i is of
// class 1, and the label yᵢ ∈ {0, 1} says what it was. Sort the
// predictions into B bins of equal width on [0, 1]: bin b (b = 0 … B−1)
// holds the pᵢ with b/B ≤ pᵢ < (b+1)/B, except that pᵢ = 1 belongs to the
// last bin. In each bin compare the mean prediction p̄_b with the fraction
// of 1s among its labels ȳ_b; the expected calibration error weighs each
// bin's gap by the share of samples in it:
//
//	ECE = Σ_b (n_b / n) · |ȳ_b − p̄_b|
//
// where n_b is the number of predictions in bin b and n the total. Empty
// bins contribute nothing. A calibrated model (of the samples it called
// 0.8, about 80% are 1s) has an ECE near 0.
//
// Contract: p and y have the same length n; bins ≥ 1. An empty input has
// ECE 0. Do not change p or y.
//
// Check it with: go run . check ece   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch01

// ECE returns the expected calibration error of the predictions p against
// the labels y, with the given number of equal-width bins.
func ECE(p, y []float64, bins int) float64 {
	// TODO: bin the predictions, then add up each bin's weighted gap.
	return 0
}
