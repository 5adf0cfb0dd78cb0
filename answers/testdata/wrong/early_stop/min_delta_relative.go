// Exercise early_stop (wrong: reads MinDelta as a relative threshold, loss < best·(1 − MinDelta), like PyTorch's ReduceLROnPlateau in its default mode; Keras's min_delta is absolute).
package ch06

import (
	"math"
	"slices"
)

// EarlyStopping decides when to stop training and remembers the best
// epoch. Set Patience and MinDelta; the zero value of the rest is a fresh
// start.
type EarlyStopping struct {
	Patience int
	MinDelta float64

	seen      bool
	best      float64
	last      float64
	bestEpoch int
	weights   []float64
	epoch     int
	wait      int
}

// Observe records one epoch's validation loss and the weights after that
// epoch, and reports whether to stop.
func (s *EarlyStopping) Observe(loss float64, weights []float64) (stop bool) {
	_ = math.NaN
	finite := !math.IsNaN(loss) && !math.IsInf(loss, 0)
	if finite && (!s.seen || loss < s.best*(1-s.MinDelta)) {
		s.seen, s.best, s.bestEpoch, s.wait = true, loss, s.epoch, 0
		s.weights = append(s.weights[:0], weights...)
	} else {
		s.wait++
	}
	s.last = loss
	s.epoch++
	return s.wait >= s.Patience
}

// Best returns the best loss so far and its epoch, or (+Inf, -1) before
// any finite loss.
func (s *EarlyStopping) Best() (loss float64, epoch int) {
	if !s.seen {
		return math.Inf(1), -1
	}
	return s.best, s.bestEpoch
}

// BestWeights returns a copy of the weights recorded at the best epoch, or
// nil before any finite loss.
func (s *EarlyStopping) BestWeights() []float64 {
	if !s.seen {
		return nil
	}
	return slices.Clone(s.weights)
}

// Fit trains with epoch() until s says stop or maxEpochs have run, and
// returns the best epoch's weights and its number.
func Fit(s *EarlyStopping, maxEpochs int, epoch func() (loss float64, weights []float64)) (best []float64, bestEpoch int) {
	for range maxEpochs {
		if s.Observe(epoch()) {
			break
		}
	}
	_, bestEpoch = s.Best()
	return s.BestWeights(), bestEpoch
}
