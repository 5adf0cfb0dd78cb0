package ch06

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestGeometricLRs(t *testing.T) {
	cases := []struct {
		lo, hi float64
		n      int
		want   []float64
	}{
		{1e-4, 1, 5, []float64{1e-4, 1e-3, 1e-2, 1e-1, 1}},
		{0.01, 0.04, 3, []float64{0.01, 0.02, 0.04}},
		{0.5, 8, 1, []float64{0.5}},
		{0.5, 8, 0, []float64{}},
	}
	for _, c := range cases {
		got := GeometricLRs(c.lo, c.hi, c.n)
		expect.Floats(t, fmt.Sprintf("GeometricLRs(%g, %g, %d)", c.lo, c.hi, c.n), got, c.want, 1e-9,
			"lrs[i] = lo·(hi/lo)^(i/(n−1)) so the first is lo and the last is hi; n = 1 gives [lo] and n < 1 gives none.")
	}
}

func TestSuggestLR(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	cases := []struct {
		lrs, losses []float64
		want        float64
	}{
		{[]float64{1e-4, 1e-3, 1e-2, 1e-1, 1}, []float64{2.3, 2.0, 0.9, 1.5, 40}, 1e-3},
		{[]float64{0.1, 1, 10}, []float64{0.5, nan, inf}, 0.01}, // divergence is skipped
		{[]float64{0.1, 1, 10}, []float64{nan, 3, 0.2}, 1},      // a NaN first is skipped too
		{[]float64{0.01, 0.02}, []float64{1, 1}, 0.001},         // ties go to the first
	}
	for _, c := range cases {
		got, err := SuggestLR(c.lrs, c.losses)
		call := fmt.Sprintf("SuggestLR(lrs=%s, losses=%s)", expect.Format(c.lrs), expect.Format(c.losses))
		if err != nil {
			t.Errorf("%s\n  expected %g\n  got      error %q\n  next: only fail when no loss is finite.", call, c.want, err)
			continue
		}
		expect.Float(t, call, got, c.want, 1e-12,
			"skip NaN and ±Inf losses, find the smallest of the rest, and return its learning rate divided by 10.")
	}
	if got, err := SuggestLR([]float64{1, 10}, []float64{nan, inf}); err == nil {
		t.Errorf("SuggestLR(lrs=[1 10], losses=[NaN +Inf])\n  expected an error (every run diverged)\n  got      %g and no error\n  next: when no loss is finite return errors.New(...).", got)
	}
}
