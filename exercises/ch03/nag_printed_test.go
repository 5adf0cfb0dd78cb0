package ch03

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

func TestNAGOnALine(t *testing.T) {
	// J(θ) = θ: every step goes down by lr·(1 + β + … + βᵏ).
	theta, v := []float64{0}, []float64{0}
	calls := 0
	one := func([]float64) []float64 { calls++; return []float64{1} }
	want := []float64{-0.1, -0.29, -0.561}
	for step := range 3 {
		NAGStep(theta, v, one, 0.1, 0.9)
		if step == 0 && expect.Close(theta[0], -0.2, 1e-12) {
			expect.Fatalf(t, "NAGStep on J(θ) = θ from θ = 0, v = 0 (lr = 0.1, β = 0.9)\n  expected -0.1\n  got      -0.2\n  next: the gradient is subtracted twice, once inside v and once outside it; θ must move by exactly v")
		}
		expect.Float(t, fmt.Sprintf("theta after step %d on J(θ) = θ (lr = 0.1, β = 0.9)", step+1), theta[0], want[step], 1e-12,
			"v ← β·v − lr·g, then θ ← θ + v: the steps are lr, lr·(1 + β), lr·(1 + β + β²) on a slope of 1.")
	}
	expect.Float(t, "gradient calls in three NAGSteps", float64(calls), 3, 0,
		"Nesterov needs one gradient per step, at the look-ahead point.")
}

func TestNAGLooksAheadAlongTheVelocity(t *testing.T) {
	theta, v := []float64{1, 2}, []float64{0.5, -1}
	var seen []float64
	grad := func(at []float64) []float64 {
		seen = expect.Copy(at)
		return []float64{at[0], 3 * at[1]}
	}
	NAGStep(theta, v, grad, 0.1, 0.8)
	switch {
	case seen == nil:
		expect.Fatalf(t, "NAGStep never called grad")
	case expect.Close(seen[0], 0.5, 1e-12):
		expect.Fatalf(t, "the last point NAGStep asked grad about\n  expected [1.4 1.2] = θ + β·v\n  got      %s\n  next: θ − v looks backwards, since v is the step just taken", expect.Format(seen))
	case expect.Close(seen[0], 1.5, 1e-12):
		expect.Fatalf(t, "the last point NAGStep asked grad about\n  expected [1.4 1.2] = θ + β·v\n  got      %s\n  next: the old velocity will only carry θ by β·v before the new gradient acts; keep β in the look-ahead", expect.Format(seen))
	}
	expect.Floats(t, "the point NAGStep asked grad about (θ = [1 2], v = [0.5 -1], β = 0.8)", seen, []float64{1.4, 1.2}, 1e-12,
		"the look-ahead point is θ + β·v.")
	expect.Floats(t, "velocity after that step (lr = 0.1)", v, []float64{0.8*0.5 - 0.1*1.4, -0.8 - 0.1*3.6}, 1e-12,
		"v ← β·v − lr·∇J(θ + β·v).")
	expect.Floats(t, "theta after that step", theta, []float64{1 + 0.8*0.5 - 0.1*1.4, 2 - 0.8 - 0.1*3.6}, 1e-12,
		"θ moves by exactly the new velocity: θ ← θ + v.")
}

// On the bowl J = ½(x² + 25y²) the repaired step must follow Nesterov: the
// look-ahead point θ + β·v is the θ core/optim's Nesterov keeps.
func TestNAGMatchesCoreOnABowl(t *testing.T) {
	opt, err := optim.New("sgd", map[string]float64{"lr": 0.05, "momentum": 0.9, "nesterov": 1})
	if err != nil {
		expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
	}
	grad := func(at []float64) []float64 { return []float64{at[0], 25 * at[1]} }
	mine, v := []float64{3, -1}, []float64{0, 0}
	ref := []float64{3, -1}
	for step := 1; step <= 80; step++ {
		NAGStep(mine, v, grad, 0.05, 0.9)
		opt.Step(ref, grad(ref))
		ahead := []float64{mine[0] + 0.9*v[0], mine[1] + 0.9*v[1]}
		if !expect.Floats(t, fmt.Sprintf("θ + β·v after %d NAG steps on J = ½(x² + 25y²), lr = 0.05, β = 0.9", step), ahead, ref, 1e-9,
			"one gradient per step at θ + β·v; v ← β·v − lr·g; θ ← θ + v.") {
			return
		}
	}
	expect.Float(t, "|y| after 80 steps (it started at 1)", math.Abs(mine[1]), 0, 1e-3, "Nesterov converges on this bowl; the printed formula diverges.")
}
