// Exercise softmax_ce: softmax cross-entropy through log-sum-exp (wrong: shifts by the mean logit, which overflows when the logits spread over more than ~1400).
//
// LSE(z) = m + log Σⱼ exp(zⱼ − m) with m = maxⱼ zⱼ;  CE(z, k) = LSE(z) − zₖ
package ch01

import "math"

// LogSumExp returns log Σⱼ exp(z[j]) without overflowing.
func LogSumExp(z []float64) float64 {
	if len(z) == 0 {
		return math.Inf(-1)
	}
	m := 0.0
	for _, v := range z {
		m += v
	}
	m /= float64(len(z))
	sum := 0.0
	for _, v := range z {
		sum += math.Exp(v - m)
	}
	return m + math.Log(sum)
}

// SoftmaxCrossEntropy returns −log softmax(logits)[class].
func SoftmaxCrossEntropy(logits []float64, class int) float64 {
	return LogSumExp(logits) - logits[class]
}
