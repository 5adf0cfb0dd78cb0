// Exercise focal (wrong: turns z into u = s·z in place to save a variable, so the caller's logits of the negative rows change sign).
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
	for i := range z {
		s := 2*y[i] - 1
		z[i] *= s
		u := z[i]
		e := math.Exp(-math.Abs(u))
		logPt := -(math.Max(-u, 0) + math.Log1p(e))
		pt, miss := 1/(1+e), e/(1+e)
		if u < 0 {
			pt, miss = miss, pt
		}
		factor := math.Pow(miss, gamma)
		loss += -factor * logPt / n
		grad[i] = s * factor * (gamma*pt*logPt - miss) / n
	}
	return loss, grad
}
