// Exercise softmax_ce: softmax cross-entropy through log-sum-exp (wrong: the loss subtracts the maximum from the caller's logits in place).
//
// LSE(z) = m + log Σⱼ exp(zⱼ − m) with m = maxⱼ zⱼ;  CE(z, k) = LSE(z) − zₖ
package ch01

import "math"

// LogSumExp returns log Σⱼ exp(z[j]) without overflowing.
func LogSumExp(z []float64) float64 {
	if len(z) == 0 {
		return math.Inf(-1)
	}
	m := z[0]
	for _, v := range z[1:] {
		m = math.Max(m, v)
	}
	sum := 0.0
	for _, v := range z {
		sum += math.Exp(v - m)
	}
	return m + math.Log(sum)
}

// SoftmaxCrossEntropy returns −log softmax(logits)[class].
func SoftmaxCrossEntropy(logits []float64, class int) float64 {
	m := logits[0]
	for _, v := range logits[1:] {
		m = math.Max(m, v)
	}
	sum := 0.0
	for j := range logits {
		logits[j] -= m
		sum += math.Exp(logits[j])
	}
	return math.Log(sum) - logits[class]
}
