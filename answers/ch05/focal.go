// Exercise focal: derive the gradient of the focal loss on logits (answer).
//
// With u = s·z, pₜ = σ(u), dpₜ/dz = s·pₜ·(1 − pₜ):
//
//	∂FL/∂z = s·(1 − pₜ)^γ·(γ·pₜ·log pₜ − (1 − pₜ))
//
// computed from 1 − pₜ = σ(−u) and log pₜ = −(max(−u, 0) + log(1 + e^−|u|)),
// which stay finite for any u.
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
		pt, miss := 1/(1+e), e/(1+e) // σ(u) and 1 − σ(u) for u ≥ 0
		if u < 0 {
			pt, miss = miss, pt
		}
		factor := math.Pow(miss, gamma)
		loss += -factor * logPt / n
		grad[i] = s * factor * (gamma*pt*logPt - miss) / n
	}
	return loss, grad
}
