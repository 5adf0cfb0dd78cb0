// Exercise early_stop: early stopping that gives back the best epoch's weights.
//
// Read first: chapter 06-faq, "How do I avoid overfitting?".
//
// Training for too long fits the noise of the training set: the validation
// loss falls, bottoms out, and climbs again. Early stopping watches it
// after every epoch and keeps the weights of the best epoch. This is
// Keras's EarlyStopping(monitor="val_loss", patience=…, min_delta=…,
// restore_best_weights=True), with one difference: the best weights are
// given back whether training stopped early or ran out of epochs.
//
// The rule, epoch by epoch (epochs count from 0):
//
//   - an epoch improves when its loss beats the best so far by more than
//     MinDelta:   improved ⇔ loss < best − MinDelta. The first finite loss
//     always improves (there is nothing to beat yet). A NaN or ±Inf loss
//     never improves.
//   - an improvement records the loss, the epoch and the weights, and
//     resets the count of epochs without improvement; every other epoch
//     adds one to that count.
//   - training stops once the count reaches Patience.
//
// The weights arrive as a slice that the trainer keeps updating in place
// after Observe returns (real frameworks do the same): what you record
// must not change when the trainer changes that slice later.
//
// Fit runs that loop: it calls epoch() up to maxEpochs times (each call
// trains one epoch and returns the validation loss and the weights after
// it), asks s after each call, and returns the weights of the best epoch
// and its number: not the weights of the last epoch, which are Patience
// epochs past the best. If no epoch gave a finite loss, it returns nil and
// -1.
//
// Check it with: go run . check early_stop   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch06

// EarlyStopping decides when to stop training and remembers the best
// epoch. Set Patience and MinDelta; the zero value of the rest is a fresh
// start.
type EarlyStopping struct {
	Patience int
	MinDelta float64

	// TODO: the state to remember between epochs.
}

// Observe records one epoch's validation loss and the weights after that
// epoch, and reports whether to stop.
func (s *EarlyStopping) Observe(loss float64, weights []float64) (stop bool) {
	// TODO: the rule above.
	return false
}

// Best returns the best loss so far and its epoch, or (+Inf, -1) before
// any finite loss.
func (s *EarlyStopping) Best() (loss float64, epoch int) {
	// TODO
	return 0, 0
}

// BestWeights returns a copy of the weights recorded at the best epoch, or
// nil before any finite loss.
func (s *EarlyStopping) BestWeights() []float64 {
	// TODO
	return nil
}

// Fit trains with epoch() until s says stop or maxEpochs have run, and
// returns the best epoch's weights and its number.
func Fit(s *EarlyStopping, maxEpochs int, epoch func() (loss float64, weights []float64)) (best []float64, bestEpoch int) {
	// TODO: the loop, and what it gives back.
	return nil, 0
}
