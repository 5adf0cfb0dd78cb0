// Exercise early_stop: early stopping with patience.
//
// Read first: chapter 06-faq, "How do I avoid overfitting?".
//
// Watch the validation loss after every epoch. It counts as an improvement
// only when it beats the best so far by more than MinDelta:
//
//	improved  ⇔  loss < best − MinDelta
//
// Each improvement records the new best (and its epoch, counting from 0) and
// resets a counter; every other epoch adds one to it. Stop once the counter
// reaches Patience. A NaN loss is never an improvement. This is Keras'
// EarlyStopping(monitor="val_loss", patience=…, min_delta=…).
//
// Check it with: descent check early_stop
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
	// TODO: the first loss is always an improvement (nothing to beat yet).
	// On an improvement set best, bestEpoch and wait = 0; otherwise wait++.
	// Count the epoch, and return wait >= Patience.
	return false
}

// Best returns the best loss seen so far and its epoch.
func (s *EarlyStopping) Best() (loss float64, epoch int) {
	return s.best, s.bestEpoch
}
