// Wrong solution for focal: p = σ(z) clipped to [1e-7, 1 − 1e-7] as for probabilities: a confident mistake costs at most 16, and its gradient vanishes.
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
		pt := math.Min(math.Max(1/(1+math.Exp(-u)), 1e-7), 1-1e-7)
		miss := 1 - pt
		logPt := math.Log(pt)
		factor := math.Pow(miss, gamma)
		loss += -factor * logPt / n
		grad[i] = s * factor * (gamma*pt*logPt - miss) / n
	}
	return loss, grad
}
