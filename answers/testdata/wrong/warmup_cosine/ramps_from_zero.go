// Exercise warmup_cosine (wrong: Hugging Face's ramp η·t/W, so step 0 has rate 0 and the peak is at W).
package ch03

import "math"

// WarmupCosine returns the learning rate at step of a run with warmup
// warm-up steps, total steps of schedule, peak rate peak and floor floor.
func WarmupCosine(step, warmup, total int, peak, floor float64) float64 {
	t := max(step, 0)
	if t < warmup {
		return peak * float64(t) / float64(warmup)
	}
	if t > total {
		return floor
	}
	progress := float64(t-warmup) / float64(total-warmup)
	return floor + 0.5*(peak-floor)*(1+math.Cos(math.Pi*progress))
}
