package ch06

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"descent/exercises/internal/expect"
)

// feed gives s the losses in turn, with weights [epoch, −epoch], and
// returns the epoch at which it said stop (counting from 0), or -1.
func feed(s *EarlyStopping, losses []float64) int {
	for i, l := range losses {
		if s.Observe(l, []float64{float64(i), -float64(i)}) {
			return i
		}
	}
	return -1
}

func TestEarlyStoppingRule(t *testing.T) {
	cases := []struct {
		patience  int
		minDelta  float64
		losses    []float64
		wantStop  int
		wantBest  float64
		bestEpoch int
		why       string
	}{
		{2, 0, []float64{1.0, 0.8, 0.7, 0.75, 0.72, 0.5}, 4, 0.7, 2, "two epochs without a better loss"},
		{1, 0, []float64{1.0, 0.9, 0.9}, 2, 0.9, 1, "an equal loss is not better"},
		{3, 0.1, []float64{1.0, 0.95, 0.92, 0.91}, 3, 1.0, 0, "improvements smaller than MinDelta do not count"},
		{3, 0.1, []float64{1.0, 0.95, 0.85, 0.8, 0.79, 0.78}, 5, 0.85, 2, "0.85 beats 1.0 by more than 0.1; 0.8 does not beat 0.85 by more than 0.1"},
		{2, 0, []float64{3, 2, 1, 0.5}, -1, 0.5, 3, "always improving: never stop"},
		{2, 0.1, []float64{10, 9.8, 9.65, 9.6, 9.4}, -1, 9.4, 4, "MinDelta is absolute, as in Keras: 9.8 beats 10 by 0.2 > 0.1, though by only 2%"},
	}
	for _, c := range cases {
		s := &EarlyStopping{Patience: c.patience, MinDelta: c.minDelta}
		got := feed(s, c.losses)
		desc := fmt.Sprintf("EarlyStopping{Patience: %d, MinDelta: %g} fed %s", c.patience, c.minDelta, expect.Format(c.losses))
		if got != c.wantStop {
			next := "an improvement is loss < best − MinDelta; count the epochs without one and stop when the count reaches Patience."
			if got == c.wantStop+1 {
				next = "you stopped one epoch late: stop when the count of epochs without improvement reaches Patience (count ≥ Patience), not when it passes it."
			}
			expect.Failf(t, "%s (%s)\n  expected to stop at epoch %d (-1: never)\n  got      %d\n  next: %s", desc, c.why, c.wantStop, got, next)
		}
		best, epoch := s.Best()
		if best != c.wantBest || epoch != c.bestEpoch {
			expect.Failf(t, "%s: Best()\n  expected loss %g at epoch %d\n  got      loss %g at epoch %d\n  next: on each improvement record the loss and the epoch it came in (counting from 0).",
				desc, c.wantBest, c.bestEpoch, best, epoch)
		}
	}
}

func TestEarlyStoppingIgnoresNaNAndInf(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	s := &EarlyStopping{Patience: 2}
	if best, epoch := s.Best(); !math.IsInf(best, 1) || epoch != -1 {
		expect.Failf(t, "a fresh EarlyStopping: Best()\n  expected (+Inf, -1)\n  got      (%g, %d)\n  next: before any finite loss there is no best epoch.", best, epoch)
	}
	if got := feed(s, []float64{nan, 1, nan, inf, 0.1}); got != 3 {
		expect.Failf(t, "EarlyStopping{Patience: 2} fed [NaN 1 NaN +Inf 0.1]\n  expected to stop at epoch 3\n  got      %d (-1: never)\n  next: a NaN or ±Inf loss is never an improvement, but it does count as an epoch without one; the first *finite* loss is the first best.", got)
	}
	best, epoch := s.Best()
	if best != 1 || epoch != 1 {
		expect.Failf(t, "EarlyStopping fed [NaN 1 NaN +Inf]: Best()\n  expected (1, 1)\n  got      (%g, %d)\n  next: never record a NaN or an infinite loss as the best.", best, epoch)
	}
	if w := s.BestWeights(); !slices.Equal(w, []float64{1, -1}) {
		expect.Failf(t, "EarlyStopping fed [NaN 1 NaN +Inf]: BestWeights()\n  expected [1 -1], the weights of epoch 1\n  got      %s\n  next: record the weights together with the best loss.", expect.Format(w))
	}
	// −Inf is no better: a loss that went to −Inf has diverged.
	s = &EarlyStopping{Patience: 3}
	if got := feed(s, []float64{1, math.Inf(-1), 0.5}); got != -1 {
		expect.Failf(t, "EarlyStopping{Patience: 3} fed [1 -Inf 0.5]\n  expected not to stop (-1)\n  got      stopped at epoch %d\n  next: −Inf is not a finite loss: it counts as an epoch without improvement, and 0.5 still improves on 1.", got)
	}
	if best, epoch := s.Best(); best != 0.5 || epoch != 2 {
		expect.Failf(t, "EarlyStopping fed [1 -Inf 0.5]: Best()\n  expected (0.5, 2)\n  got      (%g, %d)\n  next: a NaN, +Inf or −Inf loss is never an improvement; test for all three, since −Inf beats every comparison.", best, epoch)
	}
}

// trainer simulates training: one weights slice, updated in place every
// epoch, as frameworks do, and a validation loss per epoch.
type trainer struct {
	weights []float64
	losses  []float64
	epochs  int
}

func (tr *trainer) epoch() (float64, []float64) {
	for i := range tr.weights {
		tr.weights[i] += float64(i+1) * 0.5
	}
	l := tr.losses[tr.epochs]
	tr.epochs++
	return l, tr.weights
}

// weightsAfter is what trainer's weights hold after e+1 epochs.
func weightsAfter(e int) []float64 {
	return []float64{0.5 * float64(e+1), 1.0 * float64(e+1), 1.5 * float64(e+1)}
}

func TestFitGivesBackTheBestWeights(t *testing.T) {
	losses := []float64{0.9, 0.6, 0.45, 0.5, 0.52, 0.47, 0.6, 0.7}
	tr := &trainer{weights: make([]float64, 3), losses: losses}
	s := &EarlyStopping{Patience: 3}
	best, epoch := Fit(s, len(losses), tr.epoch)
	call := fmt.Sprintf("Fit(Patience 3, validation losses %s, one weights slice updated in place)", expect.Format(losses))
	if tr.epochs != 6 {
		expect.Failf(t, "%s\n  expected 6 epochs (the best is epoch 2; epochs 3, 4, 5 do not beat it)\n  got      %d epochs\n  next: call epoch() once per epoch and stop as soon as Observe says so.", call, tr.epochs)
	}
	if epoch != 2 {
		expect.Failf(t, "%s\n  expected best epoch 2\n  got      %d\n  next: return the epoch Best() reports.", call, epoch)
	}
	switch {
	case slices.Equal(best, weightsAfter(2)):
	case slices.Equal(best, tr.weights) || slices.Equal(best, weightsAfter(tr.epochs-1)):
		expect.Failf(t, "%s\n  expected the weights of epoch 2, %s\n  got      %s, the weights of the last epoch\n  next: if you saved a reference to the trainer's slice, it kept changing after Observe returned: save a copy. If you returned the weights in hand at the end, return the best ones.",
			call, expect.Format(weightsAfter(2)), expect.Format(best))
	default:
		expect.Failf(t, "%s\n  expected the weights of epoch 2, %s\n  got      %s\n  next: when an epoch improves, save a copy of its weights; Fit gives those back.",
			call, expect.Format(weightsAfter(2)), expect.Format(best))
	}
	if len(best) > 0 {
		best[0] = 1e9
		if again := s.BestWeights(); len(again) > 0 && again[0] == 1e9 {
			expect.Failf(t, "%s: BestWeights() after the caller changed what Fit returned\n  expected the saved weights, unchanged\n  got      %s\n  next: BestWeights returns a copy, so nobody outside can change what you saved.", call, expect.Format(again))
		}
	}
}

func TestFitWithoutAnEarlyStop(t *testing.T) {
	// The loss stops improving, but training runs out of epochs before the
	// patience does: the best weights are still the ones to give back.
	losses := []float64{0.9, 0.5, 0.7, 0.8}
	tr := &trainer{weights: make([]float64, 3), losses: losses}
	best, epoch := Fit(&EarlyStopping{Patience: 5}, len(losses), tr.epoch)
	if epoch != 1 || !slices.Equal(best, weightsAfter(1)) {
		expect.Failf(t, "Fit(Patience 5, 4 epochs, validation losses %s)\n  expected epoch 1 with weights %s\n  got      epoch %d with %s\n  next: give back the best epoch's weights also when training ran all its epochs.",
			expect.Format(losses), expect.Format(weightsAfter(1)), epoch, expect.Format(best))
	}
	nan := math.NaN()
	tr = &trainer{weights: make([]float64, 3), losses: []float64{nan, nan, nan}}
	best, epoch = Fit(&EarlyStopping{Patience: 5}, 3, tr.epoch)
	if best != nil || epoch != -1 {
		expect.Failf(t, "Fit(3 epochs, every validation loss NaN)\n  expected nil and -1\n  got      %s and %d\n  next: with no finite loss there is no best epoch to give back.", expect.Format(best), epoch)
	}
}
