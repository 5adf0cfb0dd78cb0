// Exercise warmup_cosine: a linear warm-up into a cosine decay.
//
// Read first: chapter 03-algorithms, "9. Schedules: decay, warm-up and
// one-cycle".
//
// Return the learning rate at step t (counting from 0) of a run whose rate
// climbs linearly for W steps to a peak η, then follows half a cosine down
// to a floor η_min, which it reaches at step T and keeps afterwards:
//
//	ηₜ = η·(t + 1)/W                                                for t < W − 1
//	ηₜ = η_min + ½·(η − η_min)·(1 + cos(π·(t − W + 1)/(T − W + 1)))  for W − 1 ≤ t ≤ T
//	ηₜ = η_min                                                      for t > T
//
// So the very first step already moves (at η/W), the peak η falls on step
// W − 1, and the cosine spends the remaining T − W + 1 steps going down. A
// negative t counts as step 0.
//
// Convention: core/optim's WarmupCosine (the chapter's schedules cell).
// Hugging Face's get_cosine_schedule_with_warmup ramps with t/W instead,
// so its step 0 has rate 0 and its peak falls on step W.
//
// Contract: 1 ≤ W < T and 0 ≤ η_min ≤ η.
//
// Check it with: go run . check warmup_cosine   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch03

// WarmupCosine returns the learning rate at step of a run with warmup
// warm-up steps, total steps of schedule, peak rate peak and floor floor.
func WarmupCosine(step, warmup, total int, peak, floor float64) float64 {
	// TODO: the ramp, the cosine and the floor, each on its own range of
	// steps.
	return 0
}
