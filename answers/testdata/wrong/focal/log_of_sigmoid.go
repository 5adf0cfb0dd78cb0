// Wrong solution for focal: pₜ computed directly and its log taken: log 0 = −Inf at large logits.
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
		pt := 1 / (1 + math.Exp(-u))
		miss := 1 - pt
		logPt := math.Log(pt)
		factor := math.Pow(miss, gamma)
		loss += -factor * logPt / n
		grad[i] = s * factor * (gamma*pt*logPt - miss) / n
	}
	return loss, grad
}
