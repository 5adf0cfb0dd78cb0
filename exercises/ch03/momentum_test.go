package ch03

import (
	"fmt"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

func TestMomentumFirstStepIsGradientDescent(t *testing.T) {
	theta, v := []float64{1, -1, 0.5}, []float64{0, 0, 0}
	grad := []float64{2, 4, -3}
	MomentumStep(theta, v, grad, 0.1, 0.9)
	if v[0] == -0.2 && v[1] == -0.4 {
		expect.Fatalf(t, "MomentumStep from b = 0 (g = [2 4 -3], η = 0.1, β = 0.9)\n  expected velocity [2 4 -3]\n  got      %s\n  looks like Keras's velocity (v ← β·v − η·g): this exercise's buffer holds gradients, b ← β·b + g, and η multiplies it in the step", expect.Format(v))
	}
	if theta[0] == 1 && theta[1] == -1 && v[0] == 2 && v[1] == 4 {
		expect.Fatalf(t, "MomentumStep from b = 0 (g = [2 4 -3], η = 0.1, β = 0.9)\n  expected theta [0.8 -1.4 0.8]\n  got      %s (θ did not move)\n  looks like θ stepped along the old buffer before the gradient was added: update the buffer first", expect.Format(theta))
	}
	expect.Floats(t, "theta after one MomentumStep from b = 0 (g = [2 4 -3], η = 0.1, β = 0.9)", theta, []float64{0.8, -1.4, 0.8}, 1e-12,
		"with b = 0 the first step is plain gradient descent: b becomes g, then θ ← θ − η·b.")
	expect.Floats(t, "velocity after that step", v, []float64{2, 4, -3}, 1e-12,
		"the buffer holds gradients: b ← β·b + g, updated in place.")
	expect.Floats(t, "grad after MomentumStep", grad, []float64{2, 4, -3}, 0, "read grad, never write to it.")
}

func TestMomentumAccumulates(t *testing.T) {
	// A constant gradient of 1: b goes 1, 1.9, 2.71 and θ falls by η·b each step.
	theta, v := []float64{0}, []float64{0}
	wantV := []float64{1, 1.9, 2.71}
	wantTheta := []float64{-0.1, -0.29, -0.561}
	for step := range 3 {
		g := []float64{1}
		MomentumStep(theta, v, g, 0.1, 0.9)
		if g[0] != 1 {
			expect.Fatalf(t, "grad after step %d with g = 1, β = 0.9 and a buffer of %.4g\n  expected [1]\n  got      %s\n  next: read grad, never write to it; fold it into the buffer, which is yours.", step+1, v[0], expect.Format(g))
		}
		if step == 1 && expect.Close(v[0], 1.1, 1e-12) {
			expect.Fatalf(t, "velocity after step 2 with g = 1, β = 0.9\n  expected 1.9\n  got      1.1\n  looks like a dampened buffer, b ← β·b + (1 − β)·g: this one adds the whole gradient, b ← β·b + g")
		}
		expect.Float(t, fmt.Sprintf("velocity after step %d with g = 1, β = 0.9", step+1), v[0], wantV[step], 1e-12,
			"fade the old buffer by β, then add the new gradient: b ← β·b + g.")
		expect.Float(t, fmt.Sprintf("theta after step %d with g = 1, η = 0.1", step+1), theta[0], wantTheta[step], 1e-12,
			"step along the updated buffer, θ ← θ − η·b, not along the raw gradient.")
	}
}

func TestMomentumBetaZeroIsPlainDescent(t *testing.T) {
	theta, v := []float64{5, 5}, []float64{3, -3} // the old buffer must be forgotten
	grad := []float64{1, 2}
	MomentumStep(theta, v, grad, 0.5, 0)
	expect.Floats(t, "theta after MomentumStep with β = 0 and b = [3 -3]", theta, []float64{4.5, 4}, 1e-12,
		"β = 0 forgets the old buffer completely: b = g, so θ ← θ − η·g.")
	expect.Floats(t, "velocity after MomentumStep with β = 0 and b = [3 -3]", v, []float64{1, 2}, 1e-12,
		"β = 0 is no special case: b ← 0·b + g is this step's gradient, and a later step with β > 0 builds on it, not on the stale buffer.")
}

// On a real problem, many steps: the same points as core/optim's "sgd"
// with momentum, on f = ½·(1·x² + 30·y² + 0.3·z²) from (2, −1, 4).
func TestMomentumMatchesCoreOnABowl(t *testing.T) {
	curv := []float64{1, 30, 0.3}
	opt, err := optim.New("sgd", map[string]float64{"lr": 0.03, "momentum": 0.7})
	if err != nil {
		expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
	}
	mine, ref := []float64{2, -1, 4}, []float64{2, -1, 4}
	v := make([]float64, 3)
	grad := func(th []float64) []float64 {
		return []float64{curv[0] * th[0], curv[1] * th[1], curv[2] * th[2]}
	}
	for step := 1; step <= 40; step++ {
		MomentumStep(mine, v, grad(mine), 0.03, 0.7)
		opt.Step(ref, grad(ref))
		if !expect.Floats(t, fmt.Sprintf("theta after %d steps on f = ½(x² + 30y² + 0.3z²), η = 0.03, β = 0.7", step), mine, ref, 1e-9,
			"each step: b ← β·b + g with this step's gradient, then θ ← θ − η·b.") {
			return
		}
	}
}
