// Exercise warmup_cosine (wrong: the cosine goes down to 0 and then jumps to the floor).
package ch03

import "math"

// WarmupCosine returns the learning rate at step of a run with warmup
// warm-up steps, total steps of schedule, peak rate peak and floor floor.
func WarmupCosine(step, warmup, total int, peak, floor float64) float64 {
	t := max(step, 0)
	if t < warmup-1 {
		return peak * float64(t+1) / float64(warmup)
	}
	if t >= total {
		return floor
	}
	progress := float64(t-warmup+1) / float64(total-warmup+1)
	return 0.5 * peak * (1 + math.Cos(math.Pi*progress))
}
