// Exercise warmup: find the warm-up that lets Adam use a large rate
// (wrong: a tenth of the 2000 steps, the usual rule of thumb, which still loses a run here).
package ch03

// WarmupSteps returns the number of warm-up steps W for Adam at peak
// η = 0.3 on the chapter's network.
func WarmupSteps() int {
	return 200
}
