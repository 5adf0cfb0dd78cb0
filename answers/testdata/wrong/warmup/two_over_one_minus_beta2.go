// Exercise warmup: find the warm-up that lets Adam use a large rate
// (wrong: 2/(1 − β₂) = 2000, the warm-up that RAdam's analysis suggests, past the allowed 1000).
package ch03

// WarmupSteps returns the number of warm-up steps W for Adam at peak
// η = 0.3 on the chapter's network.
func WarmupSteps() int {
	return 2000
}
