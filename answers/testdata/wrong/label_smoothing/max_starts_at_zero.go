// Exercise label_smoothing: what label smoothing does to the loss (wrong: the running maximum of the logits starts at 0, so all-negative logits underflow).
//
// ∂L/∂zⱼ = pⱼ − ỹⱼ. The minimum is at p = ỹ: gap = log((1 − s + s/C)/(s/C)),
// and L there is the entropy −Σⱼ ỹⱼ·log ỹⱼ.
package ch01

import "math"

// SmoothedCEGrad returns ∂L/∂z for the logits z, true class k and
// smoothing s.
func SmoothedCEGrad(z []float64, k int, s float64) []float64 {
	m := 0.0
	for _, v := range z {
		m = math.Max(m, v)
	}
	var sum float64
	for _, v := range z {
		sum += math.Exp(v - m)
	}
	C := float64(len(z))
	grad := make([]float64, len(z))
	for j, v := range z {
		target := s / C
		if j == k {
			target += 1 - s
		}
		grad[j] = math.Exp(v-m)/sum - target
	}
	return grad
}

// SmoothedOptimum returns the logit gap zₖ − zⱼ at which the smoothed loss
// over C classes is smallest, and the loss there.
func SmoothedOptimum(C int, s float64) (gap, minLoss float64) {
	if s == 0 {
		return math.Inf(1), 0
	}
	other := s / float64(C)
	right := 1 - s + other
	gap = math.Log(right / other)
	minLoss = -right*math.Log(right) - float64(C-1)*other*math.Log(other)
	return gap, minLoss
}
