package ch03

import (
	"fmt"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

func TestWarmupCosineRamp(t *testing.T) {
	// W = 4, T = 100, η = 0.8, η_min = 0.05: 0.2, 0.4, 0.6, then the peak.
	got := []float64{WarmupCosine(0, 4, 100, 0.8, 0.05), WarmupCosine(1, 4, 100, 0.8, 0.05), WarmupCosine(2, 4, 100, 0.8, 0.05)}
	if got[0] == 0 {
		expect.Fatalf(t, "WarmupCosine(step 0, W = 4, T = 100, η = 0.8)\n  expected 0.2\n  got      0\n  looks like Hugging Face's ramp η·t/W: this schedule ramps with η·(t + 1)/W, so the first step already moves")
	}
	expect.Floats(t, "WarmupCosine at steps 0, 1, 2 (W = 4, T = 100, η = 0.8, η_min = 0.05)", got, []float64{0.2, 0.4, 0.6}, 1e-12,
		"during the warm-up ηₜ = η·(t + 1)/W.")
	expect.Float(t, "WarmupCosine at step 3 = W − 1, the peak", WarmupCosine(3, 4, 100, 0.8, 0.05), 0.8, 1e-12,
		"the peak η falls on step W − 1, where the cosine starts.")
	expect.Float(t, "WarmupCosine at step −5", WarmupCosine(-5, 4, 100, 0.8, 0.05), 0.2, 1e-12, "a negative step counts as step 0.")
}

func TestWarmupCosineEnds(t *testing.T) {
	expect.Float(t, "WarmupCosine at step T = 100 (W = 4, η = 0.8, η_min = 0.05)", WarmupCosine(100, 4, 100, 0.8, 0.05), 0.05, 1e-12,
		"the cosine reaches the floor exactly at step T: its argument runs from 0 at step W − 1 to π at step T.")
	// Halfway through the cosine part, W − 1 + (T − W + 1)/2 = 3 + 48.5: use T = 101, W = 4: halfway is step 52.
	expect.Float(t, "WarmupCosine halfway down (step 52, W = 4, T = 101, η = 0.8, η_min = 0.05)", WarmupCosine(52, 4, 101, 0.8, 0.05), 0.425, 1e-12,
		"halfway through the cosine part the rate is (η + η_min)/2; the cosine spans the T − W + 1 steps after the ramp, not the whole run.")
	for _, step := range []int{101, 150, 250} {
		if got := WarmupCosine(step, 4, 100, 0.8, 0.05); !expect.Close(got, 0.05, 1e-12) {
			expect.Fatalf(t, "WarmupCosine at step %d, after T = 100\n  expected 0.05\n  got      %.6g\n  next: after step T the rate stays at the floor; the cosine would climb back up past π", step, got)
		}
	}
}

// Every step of several schedules, against core/optim's WarmupCosine.
func TestWarmupCosineMatchesCore(t *testing.T) {
	for _, c := range []struct {
		warmup, total int
		peak, floor   float64
	}{{1, 10, 1, 0}, {10, 100, 0.1, 0}, {7, 30, 2.5, 0.5}, {50, 51, 0.3, 0.01}} {
		ref, err := optim.NewWarmupCosine(c.peak, c.floor, c.warmup, c.total)
		if err != nil {
			expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
		}
		for step := 0; step <= c.total+3; step++ {
			got := WarmupCosine(step, c.warmup, c.total, c.peak, c.floor)
			if !expect.Float(t, fmt.Sprintf("WarmupCosine(step %d, W = %d, T = %d, η = %g, η_min = %g)", step, c.warmup, c.total, c.peak, c.floor),
				got, ref.Rate(step), 1e-12, "ramp η·(t + 1)/W before step W − 1; the half cosine from η to η_min over steps W − 1 … T; η_min after.") {
				break
			}
		}
	}
}
