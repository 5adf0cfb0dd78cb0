package ch01

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

// smoothedTargets is ỹ = (1 − s)·onehot(k) + s/C.
func smoothedTargets(C, k int, s float64) []float64 {
	y := make([]float64, C)
	for j := range y {
		y[j] = s / float64(C)
	}
	y[k] += 1 - s
	return y
}

func TestSmoothedCEGrad(t *testing.T) {
	cases := []struct {
		z []float64
		k int
		s float64
	}{
		{[]float64{0.2, -1.3, 2.1}, 1, 0.1},
		{[]float64{1.5, -0.5, 0.3, 2.2}, 3, 0.3},
		{[]float64{3, 1}, 0, 0.2},
		{[]float64{-2, 4, 0.5, 0, -1, 1, 2}, 2, 0.05},
		{[]float64{1, 2}, 1, 0},
	}
	for _, c := range cases {
		y := smoothedTargets(len(c.z), c.k, c.s)
		z := expect.Copy(c.z)
		got := SmoothedCEGrad(z, c.k, c.s)
		want := refNumericGrad(func(z []float64) float64 { return refCE(z, y) }, c.z, 1e-6)
		call := fmt.Sprintf("SmoothedCEGrad(z=%s, k=%d, s=%g)", expect.Format(c.z), c.k, c.s)
		next := "the gradient of a cross-entropy with respect to the logits is the prediction minus the target, here the smoothed one."
		hard := refSoftmax(c.z)
		hard[c.k]--
		other := smoothedTargets(len(c.z), c.k, 0)
		for j := range other {
			if j != c.k {
				other[j] = c.s / float64(len(c.z)-1)
			} else {
				other[j] = 1 - c.s
			}
		}
		otherGrad := refSoftmax(c.z)
		for j := range otherGrad {
			otherGrad[j] -= other[j]
		}
		switch {
		case c.s > 0 && allClose(got, hard, 1e-6):
			next = "that is p − onehot(k), the gradient for hard targets; with smoothing the target is ỹ."
		case c.s > 0 && allClose(got, otherGrad, 1e-6):
			next = "that spreads s over the C − 1 wrong classes (1 − s on class k); this exercise uses ỹ = (1 − s)·onehot + s/C, as Keras does."
		}
		expect.Floats(t, call, got, want, 1e-6, next+" (expected: central differences of L)")
		expect.Floats(t, call+" changed z", z, c.z, 0, "leave the logits alone.")
	}
	big := SmoothedCEGrad([]float64{0, 1000, -1000}, 0, 0.1)
	y := smoothedTargets(3, 0, 0.1)
	want := []float64{-y[0], 1 - y[1], -y[2]}
	expect.Floats(t, "SmoothedCEGrad(z=[0 1000 -1000], k=0, s=0.1)", big, want, 1e-12,
		"compute the softmax with the largest logit subtracted first: exp(1000) overflows.")
	low := SmoothedCEGrad([]float64{-1000, -1000}, 0, 0.2)
	expect.Floats(t, "SmoothedCEGrad(z=[-1000 -1000], k=0, s=0.2)", low, []float64{0.5 - 0.9, 0.5 - 0.1}, 1e-12,
		"subtract the largest logit, here −1000, before exp: exp(−1000) underflows to 0, and a maximum that starts at 0 never sees it.")
}

func TestSmoothedOptimum(t *testing.T) {
	cases := []struct {
		C int
		s float64
	}{
		{10, 0.1}, {2, 0.2}, {100, 0.05}, {5, 0.5},
	}
	for _, c := range cases {
		y := smoothedTargets(c.C, 0, c.s)
		wantGap := math.Log(y[0] / y[1])
		var wantLoss float64
		for _, v := range y {
			wantLoss -= v * math.Log(v)
		}
		gap, loss := SmoothedOptimum(c.C, c.s)
		call := fmt.Sprintf("SmoothedOptimum(C=%d, s=%g)", c.C, c.s)
		// Measure: at logits (gap, 0, …, 0) the gradient p − ỹ must vanish.
		z := make([]float64, c.C)
		z[0] = gap
		residual := 0.0
		if !math.IsNaN(gap) && !math.IsInf(gap, 0) {
			p := refSoftmax(z)
			for j := range p {
				residual = math.Max(residual, math.Abs(p[j]-y[j]))
			}
		}
		next := "at the minimum the gradient p − ỹ is 0, so p = ỹ: the gap is log(ỹₖ/ỹⱼ)."
		switch {
		case expect.Close(gap, y[0]/y[1], 1e-9):
			next = "that is the ratio ỹₖ/ỹⱼ of the probabilities; the logits are their logarithms (up to a shared constant)."
		case expect.Close(gap, math.Log((1-c.s)*float64(c.C-1)/c.s), 1e-9):
			next = "that gap belongs to targets 1 − s and s/(C − 1); here the true class gets 1 − s + s/C and every other s/C."
		}
		if !expect.Float(t, call+" gap", gap, wantGap, 1e-9, next) {
			expect.Failf(t, "%s\n  at logits (gap, 0, …, 0) with your gap the gradient p − ỹ has an entry of size %.3g, not 0\n  next: the minimum is where the gradient you derived vanishes.", call, residual)
		}
		lossNext := "the smallest loss is L at p = ỹ: −Σⱼ ỹⱼ·log ỹⱼ, the entropy of the smoothed target."
		if loss == 0 {
			lossNext = "with smoothing the loss cannot reach 0: at its minimum p = ỹ and L = −Σⱼ ỹⱼ·log ỹⱼ > 0."
		}
		expect.Float(t, call+" minLoss", loss, wantLoss, 1e-9, lossNext)
	}
	gap, loss := SmoothedOptimum(4, 0)
	expect.Float(t, "SmoothedOptimum(C=4, s=0) gap", gap, math.Inf(1), 0,
		"with hard targets the loss keeps falling as the gap grows: return math.Inf(1).")
	expect.Float(t, "SmoothedOptimum(C=4, s=0) minLoss", loss, 0, 1e-12,
		"with hard targets the loss approaches 0 (its infimum) as the gap grows.")
}
