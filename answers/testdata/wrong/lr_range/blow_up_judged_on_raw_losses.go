// Exercise lr_range (wrong: decides divergence on the raw losses, 4 times the lowest raw loss, while it picks the lowest smoothed one).
package ch06

import (
	"errors"
	"fmt"
	"math"
)

// GeometricLRs returns n learning rates spaced geometrically from lo to
// hi, both included; none for n < 1.
func GeometricLRs(lo, hi float64, n int) []float64 {
	if n < 1 {
		return nil
	}
	if n == 1 {
		return []float64{lo}
	}
	lrs := make([]float64, n)
	for k := range lrs {
		lrs[k] = lo * math.Pow(hi/lo, float64(k)/float64(n-1))
	}
	return lrs
}

// Smooth returns the bias-corrected moving averages s₁ … s_N of losses.
func Smooth(losses []float64, beta float64) []float64 {
	smoothed := make([]float64, len(losses))
	avg, power := 0.0, 1.0
	for k, l := range losses {
		avg = beta*avg + (1-beta)*l
		power *= beta
		smoothed[k] = avg / (1 - power)
	}
	return smoothed
}

// SuggestLR returns the range test's suggestion: the rate of the lowest
// smoothed loss before divergence, divided by 10.
func SuggestLR(lrs, losses []float64, beta float64) (float64, error) {
	if len(lrs) != len(losses) {
		return 0, fmt.Errorf("%d rates but %d losses", len(lrs), len(losses))
	}
	if !(beta >= 0 && beta < 1) {
		return 0, fmt.Errorf("β must be in [0, 1), got %g", beta)
	}
	smoothed := Smooth(losses, beta)
	best := -1
	for k, s := range smoothed {
		if math.IsNaN(s) || math.IsInf(s, 0) || (best >= 0 && losses[k] > 4*lowestRaw(losses[:k])) {
			break
		}
		if best < 0 || s < smoothed[best] {
			best = k
		}
	}
	if best < 0 {
		return 0, errors.New("no finite smoothed loss: the run diverged from its first step")
	}
	return lrs[best] / 10, nil
}

func lowestRaw(ls []float64) float64 {
	low := math.Inf(1)
	for _, l := range ls {
		low = math.Min(low, l)
	}
	return low
}
