// Exercise focal (wrong: keeps the chain rule as first written, γ·(1 − pₜ)^(γ−1)·pₜ·(1 − pₜ)·log pₜ: for γ < 1 a confident hit gives 0^(γ−1)·0 = Inf·0 = NaN).
package ch05

import "math"

// FocalLoss returns the mean binary focal loss of the logits z against the
// labels y with exponent gamma, and its gradient with respect to z.
func FocalLoss(z, y []float64, gamma float64) (loss float64, grad []float64) {
	grad = make([]float64, len(z))
	if len(z) == 0 {
		return 0, grad
	}
	n := float64(len(z))
	for i, zi := range z {
		s := 2*y[i] - 1
		u := s * zi
		e := math.Exp(-math.Abs(u))
		logPt := -(math.Max(-u, 0) + math.Log1p(e))
		pt, miss := 1/(1+e), e/(1+e)
		if u < 0 {
			pt, miss = miss, pt
		}
		loss += -math.Pow(miss, gamma) * logPt / n
		// d/dpₜ of −(1 − pₜ)^γ·log pₜ, times dpₜ/dz = s·pₜ·(1 − pₜ)
		first := gamma * math.Pow(miss, gamma-1) * pt * miss * logPt
		second := -math.Pow(miss, gamma) * miss
		grad[i] = s * (first + second) / n
	}
	return loss, grad
}
