package ch03

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestRMSpropOneStep(t *testing.T) {
	theta, s := []float64{1, 1}, []float64{0, 1}
	RMSpropStep(theta, s, []float64{2, 0}, 0.01, 0.9, 1e-8)
	expect.Floats(t, "meanSq after RMSpropStep(s=[0 1], g=[2 0], ρ=0.9)", s, []float64{0.4, 0.9}, 1e-12,
		"s ← ρ·s + (1−ρ)·g²: the old average decays even where the gradient is 0.")
	expect.Floats(t, "theta after that step", theta, []float64{1 - 0.01*2/(math.Sqrt(0.4)+1e-8), 1}, 1e-12,
		"θ ← θ − η·g/(√s + ε) with the updated s; ε goes outside the square root.")
}

func TestRMSpropForgets(t *testing.T) {
	// Ten large gradients, then small ones: unlike Adagrad, the average
	// forgets the large ones and the steps grow back.
	theta, s := []float64{0}, []float64{0}
	for range 10 {
		RMSpropStep(theta, s, []float64{10}, 0.001, 0.5, 1e-8)
	}
	for range 30 {
		RMSpropStep(theta, s, []float64{0.1}, 0.001, 0.5, 1e-8)
	}
	expect.Float(t, "meanSq after 10 gradients of 10 then 30 of 0.1 (ρ=0.5)", s[0], 0.01, 1e-6,
		"with ρ = 0.5 the old squares decay by half each step, so s settles at the recent g² = 0.01.")
	before := theta[0]
	RMSpropStep(theta, s, []float64{0.1}, 0.001, 0.5, 1e-8)
	expect.Float(t, fmt.Sprintf("step size with s ≈ g² (g=0.1, η=0.001)"), before-theta[0], 0.001, 1e-4,
		"once s ≈ g², g/√s ≈ 1 and each step is about η.")
}
