package ch03

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

func TestAdagradFirstStepIsSignSized(t *testing.T) {
	// On the first step from s = 0, √(g² + ε) ≈ |g|: every coordinate
	// moves by about η whatever the size of its gradient.
	theta, s := []float64{0, 0, 0}, []float64{0, 0, 0}
	grad := []float64{100, -0.01, 3}
	AdagradStep(theta, s, grad, 0.5, 1e-12)
	if math.Abs(theta[0]) > 1 {
		expect.Fatalf(t, "theta after one AdagradStep from s = 0 (g = [100 -0.01 3], η = 0.5)\n  expected about [-0.5 0.5 -0.5]\n  got      %s\n  next: add this step's g² to the sum before dividing by its root; dividing by the old sum (0 here) gives a huge step", expect.Format(theta))
	}
	want := make([]float64, 3)
	for i, g := range grad {
		want[i] = -0.5 * g / math.Sqrt(g*g+1e-12)
	}
	expect.Floats(t, "theta after one AdagradStep from s = 0 (g = [100 -0.01 3], η = 0.5, ε = 1e-12)", theta, want, 1e-9,
		"add g² to the sum first; then g/√(s + ε) ≈ ±1 on the first step, so each coordinate moves by about η.")
	expect.Floats(t, "sumSq after that step", s, []float64{10000, 0.0001, 9}, 1e-9,
		"the running sum of squared gradients, updated in place: s ← s + g².")
	expect.Floats(t, "grad after AdagradStep", grad, []float64{100, -0.01, 3}, 0, "read grad, never write to it.")
}

func TestAdagradStepsShrink(t *testing.T) {
	// A constant gradient g = 2: after k steps s = 4k, so step k moves by
	// η·2/√(4k) = η/√k.
	theta, s := []float64{0}, []float64{0}
	pos := 0.0
	for k := 1; k <= 4; k++ {
		AdagradStep(theta, s, []float64{2}, 1, 1e-300)
		pos -= 1 / math.Sqrt(float64(k))
		expect.Float(t, fmt.Sprintf("theta after %d steps with g = 2, η = 1", k), theta[0], pos, 1e-12,
			"the sum keeps growing (never reset or decay it), so step k is η·g/√(4k) = η/√k.")
	}
}

// ε inside the root: with s = 0 and g = 0.001, ε = 1e-6 is as large as g²,
// so where ε goes decides the step.
func TestAdagradEpsilonInsideTheRoot(t *testing.T) {
	theta, s := []float64{0, 1}, []float64{0, 0.003}
	AdagradStep(theta, s, []float64{0.001, -0.002}, 0.1, 1e-6)
	inside := []float64{-0.1 * 0.001 / math.Sqrt(1e-6+1e-6), 1 + 0.1*0.002/math.Sqrt(0.003+4e-6+1e-6)}
	outside := []float64{-0.1 * 0.001 / (math.Sqrt(1e-6) + 1e-6), 1 + 0.1*0.002/(math.Sqrt(0.003+4e-6)+1e-6)}
	if expect.Close(theta[0], outside[0], 1e-9) {
		expect.Fatalf(t, "theta after AdagradStep(s = [0 0.003], g = [0.001 -0.002], η = 0.1, ε = 1e-6)\n  expected %s\n  got      %s\n  looks like ε outside the root (PyTorch's √s + ε): this exercise follows Keras and TF.js, θ ← θ − η·g/√(s + ε)",
			expect.Format(inside), expect.Format(theta))
	}
	expect.Floats(t, "theta after AdagradStep(s = [0 0.003], g = [0.001 -0.002], η = 0.1, ε = 1e-6)", theta, inside, 1e-12,
		"θ ← θ − η·g/√(s + ε), with ε inside the root and s already holding this step's g².")
}

func TestAdagradZeroGradientStaysPut(t *testing.T) {
	theta, s := []float64{1, 2}, []float64{0, 4}
	AdagradStep(theta, s, []float64{0, 2}, 1, 1e-8)
	expect.Floats(t, "theta after AdagradStep with g = [0 2], s = [0 4], ε = 1e-8", theta, []float64{1, 2 - 2/math.Sqrt(8+1e-8)}, 1e-12,
		"a zero gradient must not move θ (0/√ε = 0); the other coordinate divides by √(4 + 4 + ε).")
}

// Many steps on a bowl: the same points as core/optim's "adagrad".
func TestAdagradMatchesCoreOnABowl(t *testing.T) {
	opt, err := optim.New("adagrad", map[string]float64{"lr": 0.5, "initial_accumulator": 0, "eps": 1e-7})
	if err != nil {
		expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
	}
	mine, ref := []float64{-5, -2}, []float64{-5, -2}
	s := []float64{0, 0}
	grad := func(th []float64) []float64 { return []float64{0.2 * th[0], 4 * th[1]} } // f = 0.1x² + 2y²
	for step := 1; step <= 50; step++ {
		AdagradStep(mine, s, grad(mine), 0.5, 1e-7)
		opt.Step(ref, grad(ref))
		if !expect.Floats(t, fmt.Sprintf("theta after %d Adagrad steps on f = 0.1x² + 2y², η = 0.5, ε = 1e-7", step), mine, ref, 1e-9,
			"s ← s + g², then θ ← θ − η·g/√(s + ε), at every step with that step's gradient.") {
			return
		}
	}
}
