package ch03

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

func TestRMSpropOneStep(t *testing.T) {
	theta, v := []float64{1, 1, -2}, []float64{0, 1, 0.5}
	grad := []float64{2, 0, -1}
	RMSpropStep(theta, v, grad, 0.01, 0.9, 1e-8)
	if expect.Close(v[0], 3.6, 1e-12) {
		expect.Fatalf(t, "meanSq after RMSpropStep(v = [0 1 0.5], g = [2 0 -1], ρ = 0.9)\n  expected [0.4 0.9 0.55]\n  got      %s\n  looks like ρ and 1 − ρ swapped: the old average keeps the weight ρ, v ← ρ·v + (1 − ρ)·g²", expect.Format(v))
	}
	expect.Floats(t, "meanSq after RMSpropStep(v = [0 1 0.5], g = [2 0 -1], ρ = 0.9)", v, []float64{0.4, 0.9, 0.55}, 1e-12,
		"v ← ρ·v + (1 − ρ)·g²: the old average fades even where the gradient is 0.")
	want := []float64{1 - 0.01*2/math.Sqrt(0.4+1e-8), 1, -2 + 0.01/math.Sqrt(0.55+1e-8)}
	expect.Floats(t, "theta after that step (η = 0.01, ε = 1e-8)", theta, want, 1e-12,
		"θ ← θ − η·g/√(v + ε) with the updated v.")
	expect.Floats(t, "grad after RMSpropStep", grad, []float64{2, 0, -1}, 0, "read grad, never write to it.")
}

// ε inside the root: with v tiny, ε = 1e-4 is as large as (1 − ρ)·g².
func TestRMSpropEpsilonInsideTheRoot(t *testing.T) {
	theta, v := []float64{0}, []float64{0}
	RMSpropStep(theta, v, []float64{0.02}, 0.1, 0.75, 1e-4)
	inside := -0.1 * 0.02 / math.Sqrt(1e-4+1e-4)
	outside := -0.1 * 0.02 / (math.Sqrt(1e-4) + 1e-4)
	if expect.Close(theta[0], outside, 1e-9) {
		expect.Fatalf(t, "theta after RMSpropStep(v = 0, g = 0.02, η = 0.1, ρ = 0.75, ε = 1e-4)\n  expected %.6g\n  got      %.6g\n  looks like ε outside the root (PyTorch's √v + ε): this exercise follows Keras and TF.js, θ ← θ − η·g/√(v + ε)", inside, theta[0])
	}
	expect.Float(t, "theta after RMSpropStep(v = 0, g = 0.02, η = 0.1, ρ = 0.75, ε = 1e-4)", theta[0], inside, 1e-12,
		"v becomes (1 − ρ)·g² = 1e-4 first; then θ ← θ − η·g/√(v + ε).")
}

func TestRMSpropForgets(t *testing.T) {
	// Ten large gradients, then small ones: unlike Adagrad, the average
	// forgets the large ones and the steps grow back.
	theta, v := []float64{0}, []float64{0}
	for range 10 {
		RMSpropStep(theta, v, []float64{10}, 0.001, 0.5, 1e-8)
	}
	for range 30 {
		RMSpropStep(theta, v, []float64{0.1}, 0.001, 0.5, 1e-8)
	}
	expect.Float(t, "meanSq after 10 gradients of 10 then 30 of 0.1 (ρ = 0.5)", v[0], 0.01, 1e-6,
		"with ρ = 0.5 the old squares fade by half each step, so v settles at the recent g² = 0.01.")
	before := theta[0]
	RMSpropStep(theta, v, []float64{0.1}, 0.001, 0.5, 1e-8)
	expect.Float(t, "step size once v ≈ g² (g = 0.1, η = 0.001)", before-theta[0], 0.001, 1e-4,
		"once v ≈ g², g/√v ≈ 1 and each step is about η.")
}

// Many steps on a bowl: the same points as core/optim's "rmsprop".
func TestRMSpropMatchesCoreOnABowl(t *testing.T) {
	opt, err := optim.New("rmsprop", map[string]float64{"lr": 0.05, "rho": 0.9, "eps": 1e-7})
	if err != nil {
		expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
	}
	mine, ref := []float64{-5, -2}, []float64{-5, -2}
	v := []float64{0, 0}
	grad := func(th []float64) []float64 { return []float64{0.2 * th[0], 4 * th[1]} } // f = 0.1x² + 2y²
	for step := 1; step <= 60; step++ {
		RMSpropStep(mine, v, grad(mine), 0.05, 0.9, 1e-7)
		opt.Step(ref, grad(ref))
		if !expect.Floats(t, fmt.Sprintf("theta after %d RMSprop steps on f = 0.1x² + 2y², η = 0.05, ρ = 0.9, ε = 1e-7", step), mine, ref, 1e-9,
			"v ← ρ·v + (1 − ρ)·g², then θ ← θ − η·g/√(v + ε), at every step.") {
			return
		}
	}
}
