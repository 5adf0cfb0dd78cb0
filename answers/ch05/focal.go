// Exercise focal: binary focal loss (answer).
//
// FL = −(1/n) · Σᵢ (1 − pₜᵢ)^γ · log pₜᵢ,  pₜ = p if y = 1 else 1 − p
package ch05

import "math"

// FocalLoss returns the mean binary focal loss with focusing parameter gamma.
func FocalLoss(p, y []float64, gamma float64) float64 {
	if len(p) == 0 {
		return 0
	}
	sum := 0.0
	for i := range p {
		pt := p[i]
		if y[i] == 0 {
			pt = 1 - p[i]
		}
		pt = math.Min(math.Max(pt, eps), 1-eps)
		sum += math.Pow(1-pt, gamma) * math.Log(pt)
	}
	return -sum / float64(len(p))
}
