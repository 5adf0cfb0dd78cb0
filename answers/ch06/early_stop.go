// Exercise early_stop: early stopping with patience (answer).
//
// improved ⇔ loss < best − MinDelta; stop after Patience epochs without one
package ch06

// EarlyStopping decides when to stop training. Set Patience and MinDelta;
// the zero value of the other fields is a fresh start.
type EarlyStopping struct {
	Patience int
	MinDelta float64

	best      float64 // the best loss so far
	bestEpoch int     // its epoch
	epoch     int     // how many losses Observe has seen
	wait      int     // epochs since the last improvement
}

// Observe records one epoch's validation loss and reports whether to stop.
func (s *EarlyStopping) Observe(loss float64) (stop bool) {
	first := s.epoch == 0
	// loss == loss is false only for NaN, which never improves.
	if loss == loss && (first || loss < s.best-s.MinDelta) {
		s.best, s.bestEpoch, s.wait = loss, s.epoch, 0
	} else {
		s.wait++
	}
	s.epoch++
	return s.wait >= s.Patience
}

// Best returns the best loss seen so far and its epoch.
func (s *EarlyStopping) Best() (loss float64, epoch int) {
	return s.best, s.bestEpoch
}
