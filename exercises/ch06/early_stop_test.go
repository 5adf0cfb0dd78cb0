package ch06

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

// stopEpoch feeds losses until Observe says stop and returns that epoch
// (counting from 0), or -1 if it never does.
func stopEpoch(s *EarlyStopping, losses []float64) int {
	for i, l := range losses {
		if s.Observe(l) {
			return i
		}
	}
	return -1
}

func TestEarlyStoppingPatience(t *testing.T) {
	cases := []struct {
		patience  int
		minDelta  float64
		losses    []float64
		wantStop  int
		wantBest  float64
		bestEpoch int
	}{
		{2, 0, []float64{1.0, 0.8, 0.7, 0.75, 0.72, 0.5}, 4, 0.7, 2},
		{1, 0, []float64{1.0, 0.9, 0.9}, 2, 0.9, 1},           // equal is not better
		{3, 0.1, []float64{1.0, 0.95, 0.92, 0.91}, 3, 1.0, 0}, // too small to count
		{2, 0, []float64{3, 2, 1, 0.5}, -1, 0.5, 3},           // always improving: never stop
	}
	for _, c := range cases {
		s := &EarlyStopping{Patience: c.patience, MinDelta: c.minDelta}
		got := stopEpoch(s, c.losses)
		desc := fmt.Sprintf("EarlyStopping{Patience: %d, MinDelta: %g} fed %s", c.patience, c.minDelta, expect.Format(c.losses))
		if got != c.wantStop {
			t.Errorf("%s\n  expected to stop at epoch %d (-1: never)\n  got      %d\n  next: improvement means loss < best − MinDelta; count epochs without one and stop when the count reaches Patience.", desc, c.wantStop, got)
		}
		best, epoch := s.Best()
		if best != c.wantBest || epoch != c.bestEpoch {
			t.Errorf("%s: Best()\n  expected loss %g at epoch %d\n  got      loss %g at epoch %d\n  next: on each improvement record the loss and the epoch it came in (counting from 0).", desc, c.wantBest, c.bestEpoch, best, epoch)
		}
	}
}

func TestEarlyStoppingNaN(t *testing.T) {
	s := &EarlyStopping{Patience: 2}
	got := stopEpoch(s, []float64{1, math.NaN(), math.NaN(), 0.1})
	if got != 2 {
		t.Errorf("EarlyStopping{Patience: 2} fed [1 NaN NaN 0.1]\n  expected to stop at epoch 2\n  got      %d (-1: never)\n  next: a NaN is never an improvement (every comparison with NaN is false, so test it with loss != loss or math.IsNaN).", got)
	}
	if best, _ := s.Best(); best != 1 {
		t.Errorf("EarlyStopping fed [1 NaN NaN]: Best()\n  expected 1\n  got      %g\n  next: never store a NaN as the best loss.", best)
	}
}
