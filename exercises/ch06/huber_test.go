package ch06

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"descent/exercises/internal/core/loss"
	"descent/exercises/internal/expect"
)

func TestHuber(t *testing.T) {
	cases := []struct {
		pred, target []float64
		delta, want  float64
	}{
		{[]float64{1.5}, []float64{1}, 1, 0.125}, // inside: ½·0.5²
		{[]float64{4}, []float64{1}, 1, 2.5},     // outside: 1·(3 − 0.5)
		{[]float64{-4}, []float64{1}, 2, 8},      // outside, negative: 2·(5 − 1)
		{[]float64{2}, []float64{0}, 2, 2},       // at |r| = δ both pieces give 2
		{[]float64{0, 3, -0.5}, []float64{1, 0, 0.25}, 1.5, (0.5 + 1.5*(3-0.75) + 0.5*0.75*0.75) / 3},
		{nil, nil, 1, 0},
	}
	for _, c := range cases {
		pred, target := slices.Clone(c.pred), slices.Clone(c.target)
		got := Huber(pred, target, c.delta)
		call := fmt.Sprintf("Huber(%s, %s, δ=%g)", expect.Format(c.pred), expect.Format(c.target), c.delta)
		if !slices.Equal(pred, c.pred) || !slices.Equal(target, c.target) {
			expect.Failf(t, "%s\n  changed its inputs to %s and %s\n  next: keep each residual in a variable of your own; pred and target are not yours to change.", call, expect.Format(pred), expect.Format(target))
			continue
		}
		if len(c.pred) == 1 && math.Abs(c.pred[0]-c.target[0]) > c.delta && expect.Close(got, c.delta*math.Abs(c.pred[0]-c.target[0])-c.delta*c.delta, 1e-12) {
			expect.Failf(t, "%s\n  expected %.6g\n  got      %.6g\n  next: beyond δ the loss is δ·(|r| − ½·δ) = δ·|r| − ½·δ²; you subtracted δ², so the pieces do not meet at |r| = δ.", call, c.want, got)
			continue
		}
		expect.Float(t, call, got, c.want, 1e-12,
			"with r = pred − target: ½r² when |r| ≤ δ, δ·(|r| − ½δ) otherwise; then divide the sum by n.")
	}
}

func TestHuberGradAgainstCentralDifferences(t *testing.T) {
	cases := []struct {
		pred, target []float64
		delta        float64
	}{
		// Residuals inside, outside on both sides, and an outlier, with δ ≠ 1.
		{[]float64{1.5, 4, -4, 0.2, 103}, []float64{1, 1, 1, 0, 3}, 2.5},
		{[]float64{0.3, -0.7, 2}, []float64{0, 0, 0}, 0.5},
		{[]float64{10, -10}, []float64{9.2, -9.5}, 1},
	}
	for _, c := range cases {
		ref, err := loss.Huber(c.delta)
		if err != nil {
			expect.Fatalf(t, "the reference Huber loss refused δ = %g: %v", c.delta, err)
		}
		want := centralGrad(ref, c.pred, c.target)
		pred, target := slices.Clone(c.pred), slices.Clone(c.target)
		got := HuberGrad(pred, target, c.delta)
		call := fmt.Sprintf("HuberGrad(%s, %s, δ=%g), against central differences of the loss", expect.Format(c.pred), expect.Format(c.target), c.delta)
		if !slices.Equal(pred, c.pred) || !slices.Equal(target, c.target) {
			expect.Failf(t, "%s\n  changed its inputs to %s and %s\n  next: keep each residual in a variable of your own; pred and target are not yours to change.", call, expect.Format(pred), expect.Format(target))
			continue
		}
		if len(got) == len(want) && len(got) > 1 {
			n := float64(len(got))
			if expect.Close(got[0], n*want[0], 1e-6) && expect.Close(got[1], n*want[1], 1e-6) {
				expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: every entry is n = %d times too large: that is the gradient of the sum; the loss is a mean, so divide by n.",
					call, expect.Format(want), expect.Format(got), len(got))
				continue
			}
			if expect.Close(got[0], -want[0], 1e-6) && expect.Close(got[1], -want[1], 1e-6) {
				expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: the signs are reversed: r = pred − target, and the loss grows as pred moves away from target.",
					call, expect.Format(want), expect.Format(got))
				continue
			}
			if c.delta != 1 && expect.Close(got[1], math.Copysign(1, want[1])/n, 1e-6) && math.Abs(c.pred[1]-c.target[1]) > c.delta {
				expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: beyond δ the slope of δ·(|r| − ½δ) is δ·sign(r), not sign(r): an outlier pulls with force δ.",
					call, expect.Format(want), expect.Format(got))
				continue
			}
		}
		expect.Floats(t, call, got, want, 1e-6,
			"differentiate each piece of h: inside |r| ≤ δ the slope of ½r², outside the slope of δ·(|r| − ½δ); then the 1/n of the mean.")
	}
	if got := HuberGrad(nil, nil, 1); len(got) != 0 {
		expect.Failf(t, "HuberGrad(nil, nil, δ=1)\n  expected an empty gradient\n  got      %s\n  next: no predictions, no gradient.", expect.Format(got))
	}
}

func TestHuberGradIsBounded(t *testing.T) {
	// However wild the residual, the pull is at most δ/n: the point of Huber.
	pred, target := []float64{1e300, -1e300, 3}, []float64{0, 0, 0}
	got := HuberGrad(pred, target, 0.5)
	want := []float64{0.5 / 3, -0.5 / 3, 0.5 / 3}
	expect.Floats(t, "HuberGrad([1e300 -1e300 3], [0 0 0], δ=0.5)", got, want, 1e-12,
		"beyond δ the gradient does not depend on the size of r, only on its sign; no r² or r·r may appear there.")
	// The loss too: beyond δ it grows like δ·|r|, which is finite here.
	loss := Huber([]float64{1e300, -1e300, 3}, []float64{0, 0, 0}, 0.5)
	wantLoss := (0.5*(1e300-0.25) + 0.5*(1e300-0.25) + 0.5*(3-0.25)) / 3
	if expect.Finite(t, "Huber([1e300 -1e300 3], [0 0 0], δ=0.5)", loss, "beyond δ the loss is δ·(|r| − ½δ): computed another way, through r², it overflows (r² = Inf, and Inf − Inf = NaN).") {
		expect.Float(t, "Huber([1e300 -1e300 3], [0 0 0], δ=0.5)", loss, wantLoss, 1e-12, "beyond δ the loss is δ·(|r| − ½δ), linear in |r|.")
	}
}
