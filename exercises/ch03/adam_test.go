package ch03

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func newAdam(lr float64) *Adam { return &Adam{LR: lr, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8} }

func TestAdamFirstStepMovesByLR(t *testing.T) {
	a := newAdam(0.1)
	theta := []float64{0, 0, 0}
	a.Step(theta, []float64{0.001, -1000, 3})
	want := []float64{-0.1 * 0.001 / (0.001 + 1e-8), 0.1 * 1000 / (1000 + 1e-8), -0.1 * 3 / (3 + 1e-8)}
	expect.Floats(t, "theta after Adam's first step (g=[0.001 -1000 3], η=0.1)", theta, want, 1e-9,
		"with bias correction m̂ = g and v̂ = g² on step 1, so each coordinate moves by η·g/(|g|+ε) ≈ η. Divide m by 1−β₁ᵗ and v by 1−β₂ᵗ, and keep ε outside the root.")
	if a.T != 1 || len(a.M) != 3 || len(a.V) != 3 {
		t.Errorf("Adam state after one step\n  expected T = 1 and M, V of length 3\n  got      T = %d, len(M) = %d, len(V) = %d\n  next: create M and V with make on the first step and increment T before using it.", a.T, len(a.M), len(a.V))
	}
}

func TestAdamTwoStepsWithASignFlip(t *testing.T) {
	// g = +1 then −1, η = 0.1. Step 2: m = 0.9·0.1 − 0.1 = −0.01,
	// m̂ = −0.01/(1−0.81); v = 0.001999, v̂ = 1.
	a := newAdam(0.1)
	theta := []float64{1}
	a.Step(theta, []float64{1})
	a.Step(theta, []float64{-1})
	mHat := -0.01 / (1 - 0.81)
	want := 1 - 0.1*(1/(1+1e-8)) - 0.1*mHat/(1+1e-8)
	expect.Float(t, "theta after Adam steps with g = +1 then −1", theta[0], want, 1e-9,
		"decay m and v with β₁ and β₂ (do not reset them), and bias-correct with the current step number t.")
	expect.Float(t, "M after those steps", lenSafe(a.M), -0.01, 1e-12, "m ← β₁·m + (1−β₁)·g, stored back in a.M.")
	expect.Float(t, "V after those steps", lenSafe(a.V), 0.999*0.001+0.001, 1e-12, "v ← β₂·v + (1−β₂)·g², stored back in a.V.")
}

func TestAdamZeroGradientDoesNotMove(t *testing.T) {
	a := newAdam(0.5)
	theta := []float64{2, -3}
	for step := range 3 {
		a.Step(theta, []float64{0, 0})
		call := fmt.Sprintf("theta after %d Adam steps with zero gradient", step+1)
		if math.IsNaN(theta[0]) || math.IsNaN(theta[1]) {
			t.Fatalf("%s\n  expected [2 -3]\n  got      %s\n  next: add ε to √v̂ so 0/0 never happens.", call, expect.Format(theta))
		}
	}
	expect.Floats(t, "theta after 3 Adam steps with zero gradient", theta, []float64{2, -3}, 0,
		"a zero gradient leaves m = 0, so m̂/(√v̂+ε) = 0 and θ stays put.")
	if a.T != 3 {
		t.Errorf("a.T after 3 steps\n  expected 3\n  got      %d\n  next: increment T once per Step, even when the gradient is zero.", a.T)
	}
}

// lenSafe returns xs[0], or NaN for an empty slice, so a stub cannot panic.
func lenSafe(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return xs[0]
}
