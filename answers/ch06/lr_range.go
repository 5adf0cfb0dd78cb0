// Exercise lr_range: a learning-rate range test (answer).
//
// ηᵢ = lo · (hi/lo)^(i/(n−1));  suggestion = η at the lowest finite loss / 10
package ch06

import (
	"errors"
	"math"
)

// GeometricLRs returns n learning rates spaced geometrically from lo to hi.
func GeometricLRs(lo, hi float64, n int) []float64 {
	if n < 1 {
		return nil
	}
	if n == 1 {
		return []float64{lo}
	}
	lrs := make([]float64, n)
	for i := range lrs {
		lrs[i] = lo * math.Pow(hi/lo, float64(i)/float64(n-1))
	}
	return lrs
}

// SuggestLR returns lrs[best]/10, where best has the smallest finite loss.
func SuggestLR(lrs, losses []float64) (float64, error) {
	best := -1
	for i, l := range losses {
		if math.IsNaN(l) || math.IsInf(l, 0) {
			continue
		}
		if best < 0 || l < losses[best] {
			best = i
		}
	}
	if best < 0 {
		return 0, errors.New("no finite loss: every learning rate diverged")
	}
	return lrs[best] / 10, nil
}
