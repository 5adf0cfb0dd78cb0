package ch03

import (
	"fmt"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

func TestNesterovLooksAhead(t *testing.T) {
	theta, v := []float64{1, 2}, []float64{10, -10}
	var seen [][]float64
	grad := func(at []float64) []float64 {
		seen = append(seen, expect.Copy(at))
		return []float64{2 * at[0], 2 * at[1]} // J = ‖θ‖²
	}
	NesterovStep(theta, v, grad, 0.1, 0.5)
	if len(seen) != 1 {
		expect.Fatalf(t, "NesterovStep(θ = [1 2], b = [10 -10], η = 0.1, β = 0.5)\n  expected grad to be called once\n  got      %d calls\n  next: one gradient per step, at the look-ahead point θ − η·β·b", len(seen))
	}
	switch {
	case expect.Close(seen[0][0], 1, 1e-12) && expect.Close(seen[0][1], 2, 1e-12):
		expect.Fatalf(t, "the point NesterovStep asked grad about\n  expected [0.5 2.5]\n  got      [1 2]\n  looks like plain momentum: Nesterov takes the gradient at the look-ahead point θ − η·β·b, not at θ")
	case expect.Close(seen[0][0], 0, 1e-12):
		expect.Fatalf(t, "the point NesterovStep asked grad about\n  expected [0.5 2.5]\n  got      %s\n  looks like the look-ahead θ − η·b without β: the buffer will carry θ by β·b before the new gradient is added", expect.Format(seen[0]))
	}
	expect.Floats(t, "the point NesterovStep asked grad about", seen[0], []float64{0.5, 2.5}, 1e-12,
		"the look-ahead point is θ − η·β·b = [1 2] − 0.1·0.5·[10 −10] = [0.5 2.5].")
	expect.Floats(t, "velocity after the step", v, []float64{6, 0}, 1e-12,
		"b ← β·b + g with g measured at the look-ahead point: 0.5·10 + 1 = 6 and 0.5·(−10) + 5 = 0.")
	expect.Floats(t, "theta after the step", theta, []float64{0.4, 2}, 1e-12,
		"θ ← θ − η·b with the new buffer.")
}

func TestNesterovDoesNotMoveThetaBeforeTheStep(t *testing.T) {
	theta, v := []float64{3}, []float64{1}
	var thetaDuringCall float64
	grad := func(at []float64) []float64 {
		thetaDuringCall = theta[0]
		return []float64{at[0]}
	}
	NesterovStep(theta, v, grad, 0.2, 0.5)
	expect.Float(t, "theta while grad was being called", thetaDuringCall, 3, 0,
		"build the look-ahead point in a new slice; θ itself moves only after the gradient is known.")
}

func TestNesterovGoesDownhillOnALine(t *testing.T) {
	// J(θ) = θ has slope 1 everywhere: every step must go down, by
	// η·(1 + β + … + βᵏ).
	theta, v := []float64{0}, []float64{0}
	one := func([]float64) []float64 { return []float64{1} }
	want := []float64{-0.1, -0.29, -0.561}
	for step := range 3 {
		NesterovStep(theta, v, one, 0.1, 0.9)
		expect.Float(t, fmt.Sprintf("theta after step %d on J(θ) = θ (η = 0.1, β = 0.9)", step+1), theta[0], want[step], 1e-12,
			"descend: θ ← θ − η·b, with b ← β·b + g; keep β in the buffer update and the minus sign in the step.")
	}
}

// On a bowl, many steps: core/optim's Nesterov (PyTorch's form) keeps the
// look-ahead point θ̃ as its θ, so it must match θ − η·β·b of this form.
func TestNesterovMatchesCoreOnABowl(t *testing.T) {
	opt, err := optim.New("sgd", map[string]float64{"lr": 0.02, "momentum": 0.8, "nesterov": 1})
	if err != nil {
		expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
	}
	grad := func(at []float64) []float64 { return []float64{at[0], 25 * at[1]} } // J = ½(x² + 25y²)
	mine, v := []float64{3, -1}, []float64{0, 0}
	ref := []float64{3, -1}
	for step := 1; step <= 40; step++ {
		NesterovStep(mine, v, grad, 0.02, 0.8)
		opt.Step(ref, grad(ref))
		ahead := []float64{mine[0] - 0.02*0.8*v[0], mine[1] - 0.02*0.8*v[1]}
		if !expect.Floats(t, fmt.Sprintf("the look-ahead point θ − η·β·b after %d steps on J = ½(x² + 25y²), η = 0.02, β = 0.8", step), ahead, ref, 1e-9,
			"each step: the gradient at θ − η·β·b, then b ← β·b + g and θ ← θ − η·b.") {
			return
		}
	}
}

// The stub says grad may keep what it is handed: each look-ahead point must
// be a slice of its own, never a buffer reused at the next step and never
// theta or velocity, which the step goes on to change.
func TestNesterovHandsGradAPointOfItsOwn(t *testing.T) {
	theta, v := []float64{1, 2}, []float64{10, -10}
	var kept [][]float64
	grad := func(at []float64) []float64 {
		kept = append(kept, at)
		return []float64{2 * at[0], 2 * at[1]}
	}
	NesterovStep(theta, v, grad, 0.1, 0.5) // looks ahead at [0.5 2.5]
	NesterovStep(theta, v, grad, 0.1, 0.5) // then at θ − η·β·b = [0.4 2] − 0.05·[6 0]
	if len(kept) != 2 {
		expect.Fatalf(t, "two NesterovSteps\n  expected grad to be called twice, once per step\n  got      %d calls\n  next: one gradient per step, at the look-ahead point θ − η·β·b", len(kept))
	}
	want := [][]float64{{0.5, 2.5}, {0.1, 2}}
	for k := range kept {
		if !expect.Floats(t, fmt.Sprintf("the point grad was handed at step %d, looked at again after both steps", k+1), kept[k], want[k], 1e-12,
			"grad may keep the slice it gets: build each look-ahead point in a new slice, not in a buffer reused at the next step, nor in theta or velocity.") {
			break
		}
	}
}
