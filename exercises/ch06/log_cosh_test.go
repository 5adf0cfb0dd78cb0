package ch06

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"descent/exercises/internal/core/loss"
	"descent/exercises/internal/expect"
)

func TestLogCoshValues(t *testing.T) {
	cases := []struct {
		pred, target []float64
	}{
		{[]float64{0.5}, []float64{0}},
		{[]float64{1.5, -2, 0.1}, []float64{1, 1, 0}},
		{[]float64{3, 3}, []float64{3, 3}}, // no error at all
		{[]float64{25, -40}, []float64{0, 2}},
	}
	ref := loss.LogCosh()
	for _, c := range cases {
		want := ref.Sample(c.target, c.pred)
		pred, target := slices.Clone(c.pred), slices.Clone(c.target)
		got := LogCosh(pred, target)
		call := fmt.Sprintf("LogCosh(%s, %s)", expect.Format(c.pred), expect.Format(c.target))
		if !slices.Equal(pred, c.pred) || !slices.Equal(target, c.target) {
			expect.Failf(t, "%s\n  changed its inputs to %s and %s\n  next: keep each residual in a variable of your own; pred and target are not yours to change.", call, expect.Format(pred), expect.Format(target))
			continue
		}
		if want > 0 && expect.Close(got, want+math.Ln2, 1e-9) {
			expect.Failf(t, "%s\n  expected %.9g\n  got      %.9g\n  next: you are log 2 = 0.693… too high: cosh r = (eʳ + e⁻ʳ)/2, and the ½ becomes − log 2.", call, want, got)
			continue
		}
		expect.Float(t, call, got, want, 1e-9, "the mean over i of log cosh(pred[i] − target[i]).")
	}
	if got := LogCosh(nil, nil); got != 0 {
		expect.Failf(t, "LogCosh(nil, nil)\n  expected 0\n  got      %g\n  next: an empty batch has no error (and 0/0 is NaN: do not divide by n = 0).", got)
	}
}

func TestLogCoshLargeResiduals(t *testing.T) {
	// log cosh r = |r| − log 2 + log(1 + e^(−2|r|)), and e^(−2000) is 0 in float64.
	pred, target := []float64{1000, -1000, 0.5}, []float64{0, 0, 0}
	want := (2*(1000-math.Ln2) + math.Log(math.Cosh(0.5))) / 3
	got := LogCosh(pred, target)
	if math.IsInf(got, 0) || math.IsNaN(got) {
		expect.Failf(t, "LogCosh([1000 -1000 0.5], [0 0 0])\n  expected %.9g\n  got      %v\n  next: cosh(1000) overflows float64 (cosh passes 1.8e308 near |r| = 710). Take e^|r| out of the logarithm: log cosh r = |r| + log(…) − log 2, where the rest stays between 1 and 2.",
			want, got)
	} else {
		expect.Float(t, "LogCosh([1000 -1000 0.5], [0 0 0])", got, want, 1e-12,
			"for large |r|, log cosh r is |r| − log 2 plus a term that vanishes.")
	}
	grad := LogCoshGrad(pred, target)
	wantGrad := []float64{1.0 / 3, -1.0 / 3, math.Tanh(0.5) / 3}
	for _, g := range grad {
		if math.IsNaN(g) || math.IsInf(g, 0) {
			expect.Failf(t, "LogCoshGrad([1000 -1000 0.5], [0 0 0])\n  expected %s\n  got      %s\n  next: sinh(1000)/cosh(1000) is +Inf/+Inf = NaN. Your derivative simplifies to one standard function that is computed without overflow.",
				expect.Format(wantGrad), expect.Format(grad))
			return
		}
	}
	expect.Floats(t, "LogCoshGrad([1000 -1000 0.5], [0 0 0])", grad, wantGrad, 1e-12,
		"for large |r| the slope of log cosh r tends to sign(r); then the 1/n of the mean.")
}

func TestLogCoshGradAgainstCentralDifferences(t *testing.T) {
	cases := []struct {
		pred, target []float64
	}{
		{[]float64{1.5, -2, 0.1, 4}, []float64{1, 1, 0, -0.5}},
		{[]float64{0.3, -0.7}, []float64{0, 0}},
		{[]float64{12, -3.5, 0}, []float64{11.2, -1, 0}},
	}
	ref := loss.LogCosh()
	for _, c := range cases {
		want := centralGrad(ref, c.pred, c.target)
		pred, target := slices.Clone(c.pred), slices.Clone(c.target)
		got := LogCoshGrad(pred, target)
		call := fmt.Sprintf("LogCoshGrad(%s, %s), against central differences of the loss", expect.Format(c.pred), expect.Format(c.target))
		if !slices.Equal(pred, c.pred) || !slices.Equal(target, c.target) {
			expect.Failf(t, "%s\n  changed its inputs to %s and %s\n  next: keep each residual in a variable of your own; pred and target are not yours to change.", call, expect.Format(pred), expect.Format(target))
			continue
		}
		if len(got) == len(want) && len(got) > 1 {
			n := float64(len(got))
			if expect.Close(got[0], n*want[0], 1e-6) && expect.Close(got[1], n*want[1], 1e-6) {
				expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: every entry is n = %d times too large: the loss is a mean, so its gradient has a 1/n.",
					call, expect.Format(want), expect.Format(got), len(got))
				continue
			}
			if expect.Close(got[0], -want[0], 1e-6) && expect.Close(got[1], -want[1], 1e-6) {
				expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: the signs are reversed: r = pred − target, and ∂r/∂pred = +1.",
					call, expect.Format(want), expect.Format(got))
				continue
			}
		}
		expect.Floats(t, call, got, want, 1e-6,
			"d/dr log cosh r = sinh r / cosh r, a single standard function of r; divide by n.")
	}
	if got := LogCoshGrad(nil, nil); len(got) != 0 {
		expect.Failf(t, "LogCoshGrad(nil, nil)\n  expected an empty gradient\n  got      %s\n  next: no predictions, no gradient.", expect.Format(got))
	}
}
