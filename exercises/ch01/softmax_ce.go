// Exercise softmax_ce: softmax cross-entropy through log-sum-exp.
//
// Read first: chapter 01-background, "Classification: why not just count mistakes?".
//
// A classifier outputs one score (logit) zⱼ per class. Softmax turns them
// into probabilities, and the cross-entropy of the true class k is
//
//	softmax(z)ₖ = exp(zₖ) / Σⱼ exp(zⱼ)
//	CE(z, k) = −log softmax(z)ₖ = LSE(z) − zₖ,  LSE(z) = log Σⱼ exp(zⱼ)
//
// exp(1000) overflows to +Inf, so compute LSE by first subtracting the
// largest logit m, which changes nothing mathematically:
//
//	LSE(z) = m + log Σⱼ exp(zⱼ − m)
//
// Now every exponent is ≤ 0 and the largest term is exactly 1. LSE of no
// logits is log 0 = −Inf. Do not change z.
//
// Check it with: descent check softmax_ce
package ch01

// LogSumExp returns log Σⱼ exp(z[j]) without overflowing.
func LogSumExp(z []float64) float64 {
	// TODO: find the largest logit m; return m + log Σ exp(z[j] − m).
	// An empty z returns math.Inf(-1).
	return 0
}

// SoftmaxCrossEntropy returns −log softmax(logits)[class].
func SoftmaxCrossEntropy(logits []float64, class int) float64 {
	// TODO: use LogSumExp.
	return 0
}
