// Exercise warmup: find the warm-up that lets Adam use a large rate
// (answer).
//
// In the cell, W = 200 still loses a run at η = 0.3 (units die in the
// first steps); from about W = 300 on, none stalls. 500 leaves a margin on
// both sides: long enough to keep the units alive, short enough to leave
// the cosine most of the run.
package ch03

// WarmupSteps returns the number of warm-up steps W for Adam at peak
// η = 0.3 on the chapter's network.
func WarmupSteps() int {
	return 500
}
