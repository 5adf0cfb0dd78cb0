// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

import (
	"fmt"
	"math"
)

// OneCycle is the one-cycle policy (Smith 2018, "A disciplined approach to
// neural network hyper-parameters: Part 1"; Smith & Topin 2019,
// "Super-convergence"): one rise of η from a low start to MaxLR, then one
// long fall to far below the start. With T = TotalSteps and
// P = PctStart·T − 1 the step where the peak falls,
//
//	η₀ = MaxLR/DivFactor,   η_end = η₀/FinalDivFactor
//	ηₜ = anneal(η₀ → MaxLR, t/P)                  for t ≤ P
//	ηₜ = anneal(MaxLR → η_end, (t − P)/(T − 1 − P)) for P < t ≤ T − 1,  η_end after
//	anneal(a → b, p) = b + ½·(a − b)·(1 + cos(π·p))
//
// This is PyTorch's OneCycleLR with its defaults (cosine annealing,
// DivFactor 25, FinalDivFactor 1e4, PctStart 0.3, two phases). Smith's
// papers ramp linearly and also cycle the momentum the other way
// (0.95 → 0.85 → 0.95); a Schedule sets only η, so that part is left to
// the caller. Build one with NewOneCycle, which checks the values.
type OneCycle struct {
	MaxLR          float64
	TotalSteps     int
	PctStart       float64 // the share of the steps spent rising, in (0, 1)
	DivFactor      float64 // η₀ = MaxLR/DivFactor
	FinalDivFactor float64 // η_end = η₀/FinalDivFactor
}

// NewOneCycle checks its arguments and returns a OneCycle with PyTorch's
// defaults for the factors (25 and 1e4) and the given share of rising
// steps (PyTorch's default is 0.3).
func NewOneCycle(maxLR float64, totalSteps int, pctStart float64) (OneCycle, error) {
	s := OneCycle{MaxLR: maxLR, TotalSteps: totalSteps, PctStart: pctStart, DivFactor: 25, FinalDivFactor: 1e4}
	if err := lrSpec(0).Check(maxLR); err != nil {
		return OneCycle{}, err
	}
	if totalSteps < 2 || totalSteps > maxScheduleSteps {
		return OneCycle{}, fmt.Errorf("total_steps must be a whole number in [2, 1e9], got %d", totalSteps)
	}
	if !(pctStart > 0 && pctStart < 1) {
		return OneCycle{}, fmt.Errorf("pct_start must be in (0, 1), got %g", pctStart)
	}
	return s, nil
}

// Rate is η at step t (counting from 0).
func (s OneCycle) Rate(step int) float64 {
	total := max(s.TotalSteps, 2)
	div, final := s.DivFactor, s.FinalDivFactor
	if !(div > 0) {
		div = 25
	}
	if !(final > 0) {
		final = 1e4
	}
	start := s.MaxLR / div
	end := start / final
	peak := s.PctStart*float64(total) - 1 // PyTorch's end of phase one
	last := float64(total - 1)
	t := float64(max(step, 0))
	anneal := func(a, b, p float64) float64 { return b + 0.5*(a-b)*(1+math.Cos(math.Pi*p)) }
	switch {
	case t >= last:
		return end
	case t <= peak:
		if peak <= 0 {
			return s.MaxLR
		}
		return anneal(start, s.MaxLR, t/peak)
	}
	return anneal(s.MaxLR, end, (t-peak)/(last-peak))
}
