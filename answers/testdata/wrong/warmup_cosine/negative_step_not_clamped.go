// Exercise warmup_cosine: a linear warm-up into a cosine decay (wrong: a negative step is not clamped to 0, so the ramp goes below zero).
//
// ηₜ = η·(t + 1)/W for t < W − 1; then a half cosine from η at step W − 1
// to η_min at step T; η_min after.
package ch03

import "math"

// WarmupCosine returns the learning rate at step of a run with warmup
// warm-up steps, total steps of schedule, peak rate peak and floor floor.
func WarmupCosine(step, warmup, total int, peak, floor float64) float64 {
	t := step
	if t < warmup-1 {
		return peak * float64(t+1) / float64(warmup)
	}
	if t > total {
		return floor
	}
	progress := float64(t-warmup+1) / float64(total-warmup+1)
	return floor + 0.5*(peak-floor)*(1+math.Cos(math.Pi*progress))
}
