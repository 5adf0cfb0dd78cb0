package ch03

import (
	"fmt"
	"testing"

	"descent/exercises/internal/expect"
)

func TestMomentumFirstStepIsGradientDescent(t *testing.T) {
	theta, v := []float64{1, -1}, []float64{0, 0}
	MomentumStep(theta, v, []float64{2, 4}, 0.1, 0.9)
	expect.Floats(t, "theta after one MomentumStep from v=0 (g=[2 4], η=0.1, β=0.9)", theta, []float64{0.8, -1.4}, 1e-12,
		"with v = 0 the first step is plain gradient descent: v becomes g, then θ ← θ − η·v.")
	expect.Floats(t, "velocity after that step", v, []float64{2, 4}, 1e-12,
		"update velocity in place: velocity[i] = β·velocity[i] + grad[i].")
}

func TestMomentumAccumulates(t *testing.T) {
	// A constant gradient of 1: v goes 1, 1.9, 2.71 and θ falls by η·v each step.
	theta, v := []float64{0}, []float64{0}
	wantV := []float64{1, 1.9, 2.71}
	wantTheta := []float64{-0.1, -0.29, -0.561}
	for step := range 3 {
		MomentumStep(theta, v, []float64{1}, 0.1, 0.9)
		expect.Float(t, fmt.Sprintf("velocity after step %d with g=1, β=0.9", step+1), v[0], wantV[step], 1e-12,
			"decay the old velocity by β, then add the new gradient: v ← β·v + g.")
		expect.Float(t, fmt.Sprintf("theta after step %d with g=1, η=0.1", step+1), theta[0], wantTheta[step], 1e-12,
			"step along the updated velocity, θ ← θ − η·v, not along the raw gradient.")
	}
}

func TestMomentumBetaZeroIsPlainDescent(t *testing.T) {
	theta, v := []float64{5, 5}, []float64{3, -3} // old velocity must be forgotten
	grad := []float64{1, 2}
	MomentumStep(theta, v, grad, 0.5, 0)
	expect.Floats(t, "theta after MomentumStep with β=0", theta, []float64{4.5, 4}, 1e-12,
		"β = 0 forgets the old velocity completely: v = g, so θ ← θ − η·g.")
	expect.Floats(t, "grad after MomentumStep", grad, []float64{1, 2}, 0, "read grad, never write to it.")
}
