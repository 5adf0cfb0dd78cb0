package ch03

import (
	"fmt"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

func TestKerasMomentumFirstStepGoesDownhill(t *testing.T) {
	theta, v := []float64{1, -2}, []float64{0, 0}
	grad := []float64{1, -2} // f = ½‖θ‖², ∇f = θ
	KerasMomentumStep(theta, v, grad, 0.1, 0.9)
	if theta[0] == 1 && theta[1] == -2 {
		expect.Fatalf(t, "KerasMomentumStep from θ = [1 -2], v = 0, g = [1 -2], η = 0.1\n  expected theta [0.9 -1.8]\n  got      [1 -2] (θ did not move)\n  next: θ moved along the velocity it had before this step's gradient was folded in; the step must use the new velocity")
	}
	expect.Floats(t, "theta after one KerasMomentumStep from θ = [1 -2], v = 0, g = ∇(½‖θ‖²), η = 0.1", theta, []float64{0.9, -1.8}, 1e-12,
		"the first step from v = 0 is gradient descent: θ moves by −η·g, downhill.")
	expect.Floats(t, "velocity after that step", v, []float64{-0.1, 0.2}, 1e-12,
		"in Keras's form the velocity is the step just taken, θ_new − θ_old: −η·g on the first step.")
	expect.Floats(t, "grad after KerasMomentumStep", grad, []float64{1, -2}, 0, "read grad, never write to it.")
}

func TestKerasMomentumVelocityIsTheStep(t *testing.T) {
	theta, v := []float64{1, 3}, []float64{0.2, -0.5}
	for step := 1; step <= 5; step++ {
		before := expect.Copy(theta)
		KerasMomentumStep(theta, v, []float64{theta[0], 4 * theta[1]}, 0.05, 0.8)
		moved := []float64{theta[0] - before[0], theta[1] - before[1]}
		if !expect.Floats(t, fmt.Sprintf("velocity after step %d against the change θ_new − θ_old", step), v, moved, 1e-12,
			"after every call velocity must equal the step just taken (Keras's v), not its negative and not the step before it.") {
			return
		}
	}
}

// The same points as core/optim's heavy ball (PyTorch's form) while η is
// constant, and the loss falls.
func TestKerasMomentumDescendsLikeTheHeavyBall(t *testing.T) {
	opt, err := optim.New("sgd", map[string]float64{"lr": 0.1, "momentum": 0.9})
	if err != nil {
		expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
	}
	mine, ref := []float64{1, -0.5}, []float64{1, -0.5}
	v := []float64{0, 0}
	grad := func(th []float64) []float64 { return []float64{th[0], 3 * th[1]} } // f = ½(x² + 3y²)
	loss := func(th []float64) float64 { return 0.5 * (th[0]*th[0] + 3*th[1]*th[1]) }
	for step := 1; step <= 60; step++ {
		KerasMomentumStep(mine, v, grad(mine), 0.1, 0.9)
		opt.Step(ref, grad(ref))
		if !expect.Floats(t, fmt.Sprintf("theta after %d steps on f = ½(x² + 3y²), η = 0.1, β = 0.9", step), mine, ref, 1e-9,
			"v ← β·v − η·g, then θ ← θ + v: downhill, with the velocity updated before θ moves.") {
			return
		}
	}
	expect.Float(t, "the loss after 60 steps (it started at 0.875)", loss(mine), loss(ref), 1e-9, "the loss must fall, as the heavy ball's does.")
}
