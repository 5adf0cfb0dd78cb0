// Exercise warmup_cosine (wrong: the cosine runs over all T steps, as if there were no warm-up).
package ch03

import "math"

// WarmupCosine returns the learning rate at step of a run with warmup
// warm-up steps, total steps of schedule, peak rate peak and floor floor.
func WarmupCosine(step, warmup, total int, peak, floor float64) float64 {
	t := max(step, 0)
	if t < warmup-1 {
		return peak * float64(t+1) / float64(warmup)
	}
	if t > total {
		return floor
	}
	return floor + 0.5*(peak-floor)*(1+math.Cos(math.Pi*float64(t)/float64(total)))
}
