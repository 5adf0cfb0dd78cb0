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
		{1e-6, 10, 8, []float64{1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10}},
		{0.5, 8, 1, []float64{0.5}},
		{0.5, 8, 0, []float64{}},
	}
	for _, c := range cases {
		got := GeometricLRs(c.lo, c.hi, c.n)
		call := fmt.Sprintf("GeometricLRs(%g, %g, %d)", c.lo, c.hi, c.n)
		if c.n == 5 && len(got) == 5 && expect.Close(got[1], 0.25, 1e-9) {
			expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: those are evenly spaced (linear); geometric spacing multiplies by the same factor (hi/lo)^(1/(n−1)) at every step.",
				call, expect.Format(c.want), expect.Format(got))
			continue
		}
		expect.Floats(t, call, got, c.want, 1e-9,
			"ηₖ = lo·(hi/lo)^(k/(n−1)): the first is lo, the last is hi; n = 1 gives [lo] and n < 1 gives none.")
	}
}

func TestSmooth(t *testing.T) {
	losses := []float64{2, 1, 4, 3}
	// β = 0.5: a = 1, 1, 2.5, 2.75; 1 − βᵏ = 0.5, 0.75, 0.875, 0.9375.
	want := []float64{2, 4.0 / 3, 2.5 / 0.875, 2.75 / 0.9375}
	got := Smooth(losses, 0.5)
	call := "Smooth([2 1 4 3], β=0.5)"
	if len(got) == 4 {
		switch {
		case expect.Close(got[0], 1, 1e-9) && expect.Close(got[1], 1, 1e-9):
			expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: that is the average without its bias correction: it starts at (1 − β)·ℓ₁. Divide aₖ by 1 − βᵏ.",
				call, expect.Format(want), expect.Format(got))
			return
		case math.IsInf(got[0], 0) || math.IsNaN(got[0]):
			expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: the first correction is 1 − β¹, not 1 − β⁰ = 0: k counts from 1 for losses[0].",
				call, expect.Format(want), expect.Format(got))
			return
		case expect.Close(got[1], 1.5/0.875, 1e-9) || expect.Close(got[0], 1/0.75, 1e-9):
			expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: the correction for the k-th loss is 1 − βᵏ with k = 1 for losses[0]; yours is one power off.",
				call, expect.Format(want), expect.Format(got))
			return
		}
	}
	expect.Floats(t, call, got, want, 1e-9, "aₖ = β·aₖ₋₁ + (1 − β)·ℓₖ from a₀ = 0, and sₖ = aₖ/(1 − βᵏ).")
	expect.Floats(t, "Smooth([2 1 4 3], β=0)", Smooth(losses, 0), losses, 1e-12, "β = 0 keeps every loss as it is.")
	flat := Smooth([]float64{0.7, 0.7, 0.7, 0.7, 0.7}, 0.98)
	expect.Floats(t, "Smooth([0.7 0.7 0.7 0.7 0.7], β=0.98)", flat, []float64{0.7, 0.7, 0.7, 0.7, 0.7}, 1e-12,
		"with the bias correction a constant loss smooths to itself from the first step.")
}

// rangeRun is a made-up range test: lrs from 1e-5 to 10 over 13 steps,
// a noisy loss that falls, has a lucky batch at lrs[6], bottoms out
// around lrs[8], and blows up, then (meaninglessly) comes back down.
var rangeLRs = geometricGrid(1e-5, 10, 13)
var rangeLosses = []float64{2.3, 2.31, 2.28, 2.2, 1.9, 1.5, 0.3, 0.9, 0.8, 1.0, 6, 40, 0.05}

// geometricGrid is the test's own geometric grid.
func geometricGrid(lo, hi float64, n int) []float64 {
	lrs := make([]float64, n)
	for k := range lrs {
		lrs[k] = lo * math.Pow(hi/lo, float64(k)/float64(n-1))
	}
	return lrs
}

func TestSuggestLR(t *testing.T) {
	got, err := SuggestLR(rangeLRs, rangeLosses, 0.6)
	call := fmt.Sprintf("SuggestLR(lrs=1e-5 … 10 (13 rates), losses=%s, β=0.6)", expect.Format(rangeLosses))
	if err != nil {
		expect.Fatalf(t, "%s\n  expected a suggestion\n  got      error %q\n  next: only fail when no smoothed loss is finite.", call, err)
	}
	// Smoothed with β = 0.6, the lowest value before the blow-up is at
	// lrs[8] (the lucky 0.3 at lrs[6] is smoothed away); the blow-up
	// starts at lrs[11], and the 0.05 after it must not count.
	want := rangeLRs[8] / 10
	mistakes := []struct {
		value float64
		what  string
	}{
		{rangeLRs[6] / 10, "that is the rate of the lowest *raw* loss (a lucky batch): pick the lowest smoothed loss."},
		{rangeLRs[12] / 10, "that rate comes after the loss blew up (more than 4× the lowest smoothed loss): stop walking there, whatever follows."},
		{rangeLRs[8], "the rate of the lowest smoothed loss is right, but the suggestion is a tenth of it."},
		{rangeLRs[0] / 10, "that is the first rate: without the bias correction the average starts near 0 and looks lowest there."},
	}
	for _, m := range mistakes {
		if expect.Close(got, m.value, 1e-9) {
			expect.Failf(t, "%s\n  expected %.6g\n  got      %.6g\n  next: %s", call, want, got, m.what)
			return
		}
	}
	expect.Float(t, call, got, want, 1e-9, "smooth, walk until a smoothed loss is not finite or passes 4× the lowest so far, and return the rate of the lowest smoothed loss before that point, divided by 10.")
}

func TestSuggestLRStopsAtDivergence(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	// The rates 0.001, 0.01, 0.1, …: one per loss.
	decades := func(n int) []float64 {
		lrs := []float64{0.001}
		for len(lrs) < n {
			lrs = append(lrs, 10*lrs[len(lrs)-1])
		}
		return lrs
	}
	cases := []struct {
		losses []float64
		beta   float64
		want   float64
		why    string
	}{
		{[]float64{1, 0.8, nan, 0.01, 0.005}, 0, 0.001, "a NaN ends the walk: nothing after it counts"},
		{[]float64{1, 0.5, inf, 0.1, 0.1}, 0, 0.001, "so does +Inf"},
		{[]float64{2, 1, 0.4, 1.7, 0.2}, 0, 0.01, "1.7 > 4 × 0.4 ends the walk before 0.2"},
		{[]float64{1, 1, 1, 1, 1}, 0, 0.0001, "ties go to the first"},
		{[]float64{1, 0.5, 2, 0.1, 0.3}, 0, 0.1, "2 is exactly 4 × 0.5, not more: the walk goes on to 0.1"},
		// Smoothed with β = 0.5 these are 2, 2, 1.086, 1.573, 1.277, 0.781:
		// the raw 2 after 0.4 is a noisy batch, not a blow-up.
		{[]float64{2, 2, 0.4, 2, 1, 0.3}, 0.5, 10, "the 4× rule reads the smoothed losses, not the raw ones"},
	}
	for _, c := range cases {
		lrs := decades(len(c.losses))
		got, err := SuggestLR(lrs, c.losses, c.beta)
		call := fmt.Sprintf("SuggestLR(lrs=%s, losses=%s, β=%g) (%s)", expect.Format(lrs), expect.Format(c.losses), c.beta, c.why)
		if err != nil {
			expect.Failf(t, "%s\n  expected %g\n  got      error %q\n  next: only fail when no smoothed loss is finite.", call, c.want, err)
			continue
		}
		expect.Float(t, call, got, c.want, 1e-12, "stop at the first smoothed loss that is not finite or is more than 4× the lowest so far.")
	}
	bad := []struct {
		lrs, losses []float64
		beta        float64
		why         string
	}{
		{[]float64{1, 10}, []float64{nan, 1}, 0.5, "the first loss is already NaN"},
		{[]float64{1, 10}, []float64{1, 2}, 1, "β = 1 never forgets a₀ = 0 and divides by 0"},
		{[]float64{1, 10}, []float64{1, 2}, -0.5, "β < 0"},
		{[]float64{1, 10}, []float64{1, 2, 3}, 0.5, "lengths differ"},
		{nil, nil, 0.5, "no losses at all"},
	}
	for _, b := range bad {
		if got, err := SuggestLR(b.lrs, b.losses, b.beta); err == nil {
			expect.Failf(t, "SuggestLR(lrs=%s, losses=%s, β=%g)\n  expected an error (%s)\n  got      %g and no error\n  next: return an error that says what is wrong.",
				expect.Format(b.lrs), expect.Format(b.losses), b.beta, b.why, got)
		}
	}
}
