package ch06

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"descent/exercises/internal/expect"
)

func TestUpdateRatiosPerLayer(t *testing.T) {
	// Layer 1 has large weights and a small step; layer 2 small weights and
	// a step that rewrites them; layer 3 is a rotation: its norm does not
	// change, yet it moved.
	before := []float64{3, -4, 12, 0.01, -0.02, 1, 0}
	after := []float64{3.003, -4.004, 12.012, 0.03, 0.02, 0, 1}
	sizes := []int{3, 2, 2}
	want := []float64{0.001, math.Sqrt(0.02*0.02+0.04*0.04) / math.Sqrt(0.01*0.01+0.02*0.02), math.Sqrt2}
	b, a := slices.Clone(before), slices.Clone(after)
	got := UpdateRatios(b, a, sizes)
	call := fmt.Sprintf("UpdateRatios(before=%s, after=%s, sizes=%v)", expect.Format(before), expect.Format(after), sizes)
	if !slices.Equal(b, before) || !slices.Equal(a, after) {
		expect.Fatalf(t, "%s\n  changed its inputs\n  next: read before and after, never write to them.", call)
	}
	if len(got) == len(want) {
		global := math.Sqrt(sq(after, before)) / math.Sqrt(sq(before, nil))
		switch {
		case expect.Close(got[0], global, 1e-9) && expect.Close(got[1], global, 1e-9):
			expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: every layer got the same, global ratio; compute ‖Δw‖ and ‖w‖ over each layer's own slice.",
				call, expect.Format(want), expect.Format(got))
			return
		case expect.Close(got[2], 0, 1e-9):
			expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: layer 3 was rotated, not resized: (‖w′‖ − ‖w‖)/‖w‖ is 0 for it. The ratio is the norm of the difference, ‖w′ − w‖.",
				call, expect.Format(want), expect.Format(got))
			return
		case expect.Close(got[1], math.Sqrt(0.02*0.02+0.04*0.04)/math.Sqrt(0.03*0.03+0.02*0.02), 1e-9):
			expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: divide by the norm of the weights before the step, ‖w‖, not after it.",
				call, expect.Format(want), expect.Format(got))
			return
		}
	}
	expect.Floats(t, call, got, want, 1e-9,
		"for each layer, the Euclidean norm of its change divided by the Euclidean norm of its weights before the step.")
}

// sq is Σ (a − b)², or Σ a² when b is nil.
func sq(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		d := a[i]
		if b != nil {
			d -= b[i]
		}
		s += d * d
	}
	return s
}

func TestUpdateRatiosEdgeCases(t *testing.T) {
	inf := math.Inf(1)
	cases := []struct {
		name          string
		before, after []float64
		sizes         []int
		want          []float64
	}{
		{"a zero layer that moved, then one that did not", []float64{2, 0, 0, 0, 0}, []float64{2.002, 0.5, 0, 0, 0}, []int{1, 2, 2}, []float64{0.001, inf, 0}},
		{"no step at all", []float64{1, 2, 3}, []float64{1, 2, 3}, []int{2, 1}, []float64{0, 0}},
		{"one big layer", []float64{0.6, 0.8}, []float64{0.6, 0.7}, []int{2}, []float64{0.1}},
	}
	for _, c := range cases {
		got := UpdateRatios(slices.Clone(c.before), slices.Clone(c.after), c.sizes)
		expect.Floats(t, fmt.Sprintf("UpdateRatios(%s, %s, %v) (%s)", expect.Format(c.before), expect.Format(c.after), c.sizes, c.name), got, c.want, 1e-9,
			"a layer with ‖w‖ = 0 has ratio +Inf if it moved and 0 if not (0/0 must not become NaN).")
	}
	for _, c := range []struct {
		before, after []float64
		sizes         []int
	}{
		{[]float64{1, 2, 3}, []float64{1, 2}, []int{3}},
		{[]float64{1, 2, 3}, []float64{1, 2, 3, 4}, []int{3}},
		{[]float64{1, 2, 3}, []float64{1, 2, 3}, []int{1, 1}},
		{[]float64{1, 2, 3}, []float64{1, 2, 3}, []int{2, 2}},
	} {
		if got := UpdateRatios(c.before, c.after, c.sizes); got != nil {
			expect.Failf(t, "UpdateRatios(%s, %s, %v)\n  expected nil (the shapes do not agree)\n  got      %s\n  next: before and after must have the same length, and the sizes must add up to it.",
				expect.Format(c.before), expect.Format(c.after), c.sizes, expect.Format(got))
		}
	}
}
