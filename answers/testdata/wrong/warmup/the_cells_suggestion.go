// Exercise warmup: find the warm-up that lets Adam use a large rate
// (wrong: the 100 steps of the command in the stub, taken as the answer without running it at η = 0.3).
package ch03

// WarmupSteps returns the number of warm-up steps W for Adam at peak
// η = 0.3 on the chapter's network.
func WarmupSteps() int {
	return 100
}
