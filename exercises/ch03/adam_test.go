package ch03

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

func newAdam(lr float64) *Adam { return &Adam{LR: lr, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8} }

func TestAdamFirstStepMovesByLR(t *testing.T) {
	a := newAdam(0.1)
	theta := []float64{0, 0, 0}
	grad := []float64{0.001, -1000, 3}
	a.Step(theta, grad)
	if moved := math.Abs(theta[2]); moved > 0.25 && moved < 0.4 {
		expect.Fatalf(t, "theta after Adam's first step (g = [0.001 -1000 3], η = 0.1)\n  expected about [-0.1 0.1 -0.1]\n  got      %s\n  looks like Adam without bias correction: your first step moved by %.3g·η, and (1 − β₁)/√(1 − β₂) = 3.16; divide m by 1 − β₁ᵗ and v by 1 − β₂ᵗ",
			expect.Format(theta), moved/0.1)
	}
	want := []float64{-0.1 * 0.001 / (0.001 + 1e-8), 0.1 * 1000 / (1000 + 1e-8), -0.1 * 3 / (3 + 1e-8)}
	expect.Floats(t, "theta after Adam's first step (g = [0.001 -1000 3], η = 0.1)", theta, want, 1e-9,
		"with the bias correction m̂ = g and v̂ = g² on step 1, so each coordinate moves by η·g/(|g| + ε) ≈ η.")
	if a.T != 1 || len(a.M) != 3 || len(a.V) != 3 {
		expect.Failf(t, "Adam's state after one step\n  expected T = 1 and M, V of length 3\n  got      T = %d, len(M) = %d, len(V) = %d\n  next: create M and V with theta's length on the first step, and count the step before using t", a.T, len(a.M), len(a.V))
	}
	expect.Floats(t, "grad after Adam's Step", grad, []float64{0.001, -1000, 3}, 0, "read grad, never write to it.")
}

func TestAdamTwoStepsWithASignFlip(t *testing.T) {
	// g = +1 then −1, η = 0.1. Step 2: m = 0.9·0.1 − 0.1 = −0.01,
	// m̂ = −0.01/(1 − 0.81); v = 0.001999, v̂ = 1.
	a := newAdam(0.1)
	theta := []float64{1}
	a.Step(theta, []float64{1})
	a.Step(theta, []float64{-1})
	mHat := -0.01 / (1 - 0.81)
	want := 1 - 0.1*(1/(1+1e-8)) - 0.1*mHat/(1+1e-8)
	expect.Float(t, "theta after Adam steps with g = +1 then −1", theta[0], want, 1e-9,
		"fade m and v with β₁ and β₂ (never reset them), and correct with the current step number t.")
	expect.Float(t, "M after those steps", first(a.M), -0.01, 1e-12, "m ← β₁·m + (1 − β₁)·g, stored back in a.M (uncorrected).")
	expect.Float(t, "V after those steps", first(a.V), 0.999*0.001+0.001, 1e-12, "v ← β₂·v + (1 − β₂)·g², stored back in a.V (uncorrected).")
}

// ε outside the root: with gradients of 1e-3 and ε = 1e-3, where ε goes
// halves the step or not.
func TestAdamEpsilonOutsideTheRoot(t *testing.T) {
	a := &Adam{LR: 0.1, Beta1: 0.9, Beta2: 0.999, Eps: 1e-3}
	theta := []float64{0}
	a.Step(theta, []float64{1e-3})
	want := -0.1 * 1e-3 / (1e-3 + 1e-3)
	if inside := -0.1 * 1e-3 / math.Sqrt(1e-6+1e-3); expect.Close(theta[0], inside, 1e-9) {
		expect.Fatalf(t, "theta after one Adam step with g = 1e-3, ε = 1e-3, η = 0.1\n  expected %.6g\n  got      %.6g\n  looks like ε inside the root, √(v̂ + ε): Adam adds ε outside, to √v̂", want, theta[0])
	}
	expect.Float(t, "theta after one Adam step with g = 1e-3, ε = 1e-3, η = 0.1", theta[0], want, 1e-9,
		"θ ← θ − η·m̂/(√v̂ + ε), with ε added after the root of the corrected v̂: here 1e-3/(1e-3 + 1e-3) = ½.")
}

func TestAdamZeroGradientDoesNotMove(t *testing.T) {
	a := newAdam(0.5)
	theta := []float64{2, -3}
	for step := range 3 {
		a.Step(theta, []float64{0, 0})
		if math.IsNaN(theta[0]) || math.IsNaN(theta[1]) {
			expect.Fatalf(t, "theta after %d Adam steps with zero gradient\n  expected [2 -3]\n  got      %s\n  next: add ε to √v̂ so that 0/0 never happens", step+1, expect.Format(theta))
		}
	}
	expect.Floats(t, "theta after 3 Adam steps with zero gradient", theta, []float64{2, -3}, 0,
		"a zero gradient leaves m = 0, so m̂/(√v̂ + ε) = 0 and θ stays put.")
	if a.T != 3 {
		expect.Failf(t, "a.T after 3 steps\n  expected 3\n  got      %d\n  next: count every Step, even when the gradient is zero", a.T)
	}
}

// Many steps on Rosenbrock's valley: the same points as core/optim's Adam.
func TestAdamMatchesCoreOnRosenbrock(t *testing.T) {
	opt, err := optim.New("adam", map[string]float64{"lr": 0.02, "beta1": 0.8, "beta2": 0.99, "eps": 1e-8})
	if err != nil {
		expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
	}
	a := &Adam{LR: 0.02, Beta1: 0.8, Beta2: 0.99, Eps: 1e-8}
	grad := func(th []float64) []float64 {
		x, y := th[0], th[1]
		return []float64{-2*(1-x) - 400*x*(y-x*x), 200 * (y - x*x)}
	}
	mine, ref := []float64{-1.2, 1}, []float64{-1.2, 1}
	for step := 1; step <= 300; step++ {
		a.Step(mine, grad(mine))
		opt.Step(ref, grad(ref))
		if !expect.Floats(t, fmt.Sprintf("theta after %d Adam steps on Rosenbrock (η = 0.02, β₁ = 0.8, β₂ = 0.99)", step), mine, ref, 1e-9,
			"each step: t ← t + 1, both averages, both corrections with this t, then θ ← θ − η·m̂/(√v̂ + ε).") {
			return
		}
	}
}

// first returns xs[0], or NaN for an empty slice, so a stub cannot panic.
func first(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return xs[0]
}
