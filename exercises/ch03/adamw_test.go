package ch03

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

// noisyMean runs core/optim's kind on f = ½·c·(θ − 1)² from θ = 0 with
// Gaussian gradient noise of size sigma and returns θ averaged over the
// second half of the run and over seeds.
func noisyMean(t *testing.T, kind string, values map[string]float64, c, sigma float64, steps, seeds int) float64 {
	t.Helper()
	var mean float64
	for seed := range seeds {
		opt, err := optim.New(kind, values)
		if err != nil {
			expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
		}
		rng := rand.New(rand.NewPCG(uint64(seed), 5))
		theta := []float64{0}
		for step := 0; step < steps; step++ {
			opt.Step(theta, []float64{c*(theta[0]-1) + sigma*rng.NormFloat64()})
			if step >= steps/2 {
				mean += theta[0] / float64((steps-steps/2)*seeds)
			}
		}
	}
	return mean
}

func TestL2Equilibrium(t *testing.T) {
	for _, tc := range []struct{ c, alpha, want float64 }{{100, 0.1, 100 / 100.1}, {0.01, 0.1, 0.01 / 0.11}, {2, 0, 1}, {3, 1, 0.75}} {
		got := L2Equilibrium(tc.c, tc.alpha)
		if tc.c == 3 && expect.Close(got, 3.0/5, 1e-12) {
			expect.Fatalf(t, "L2Equilibrium(c = 3, α = 1)\n  expected 0.75\n  got      0.6\n  looks like Keras's l2(α), α·θ² with gradient 2·α·θ: here the penalty is ½·α·θ², whose gradient is α·θ (PyTorch's weight_decay)")
		}
		expect.Float(t, fmt.Sprintf("L2Equilibrium(c = %g, α = %g)", tc.c, tc.alpha), got, tc.want, 1e-12,
			"set the penalized gradient c·(θ − 1) + α·θ to zero and solve for θ.")
	}
	// Adam with coupled L2 (PyTorch's weight_decay) ends there too, noise or not.
	run := noisyMean(t, "adam", map[string]float64{"lr": 0.01, "weight_decay": 0.5}, 1, 0.1, 4000, 2)
	expect.Float(t, "θ where Adam with L2 α = 0.5 settles on ½(θ − 1)², noise σ = 0.1 (mean of a run)", run, L2Equilibrium(1, 0.5), 0.03,
		"Adam divides the whole penalized gradient by √v̂, so it still stops where that gradient vanishes.")
}

func TestAdamWEquilibriumFormula(t *testing.T) {
	for _, tc := range []struct{ c, sigma, wd float64 }{{0.01, 0.1, 0.1}, {0.02, 0.5, 0.1}, {1, 2, 0.3}, {5, 0.01, 1}} {
		want := tc.c / (tc.c + tc.wd*tc.sigma)
		got := AdamWEquilibrium(tc.c, tc.sigma, tc.wd)
		switch {
		case expect.Close(got, tc.c/(tc.c+tc.wd), 1e-12) && tc.sigma != 1:
			expect.Fatalf(t, "AdamWEquilibrium(c = %g, σ = %g, wd = %g)\n  expected %.6g\n  got      %.6g = c/(c + wd)\n  looks like AdamW's decay treated as an L2 penalty of strength wd: but the decay is not divided by √v̂ while the gradient is; v̂ ≈ σ² changes the balance", tc.c, tc.sigma, tc.wd, want, got)
		case expect.Close(got, tc.c/(tc.c+tc.wd/tc.sigma), 1e-12):
			expect.Fatalf(t, "AdamWEquilibrium(c = %g, σ = %g, wd = %g)\n  expected %.6g\n  got      %.6g = c/(c + wd/σ)\n  next: the mean Adam step is about c·(1 − θ)/σ; balance it against wd·θ and solve again", tc.c, tc.sigma, tc.wd, want, got)
		}
		expect.Float(t, fmt.Sprintf("AdamWEquilibrium(c = %g, σ = %g, wd = %g)", tc.c, tc.sigma, tc.wd), got, want, 1e-12,
			"at equilibrium wd·θ equals the mean Adam step E[m̂/√v̂] ≈ c·(1 − θ)/σ.")
	}
}

func TestAdamWWithoutNoise(t *testing.T) {
	got := AdamWEquilibrium(0.01, 0, 0.1)
	expect.Float(t, "AdamWEquilibrium(c = 0.01, σ = 0, wd = 0.1): no noise", got, 1, 1e-6,
		"without noise m̂/√v̂ ≈ ±1 however small the gradient, so the decay cannot balance it until |g| is of the order of ε: the weight ends at the unpenalized minimum, 1.")
	// And a run says so: 20000 noiseless AdamW steps.
	opt, err := optim.New("adamw", map[string]float64{"lr": 0.01, "weight_decay": 0.1})
	if err != nil {
		expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
	}
	theta := []float64{0}
	for range 20000 {
		opt.Step(theta, []float64{0.01 * (theta[0] - 1)})
	}
	expect.Float(t, "θ after 20000 noiseless AdamW steps (c = 0.01, wd = 0.1)", theta[0], got, 1e-3,
		"the run ends at the minimum of f itself; your formula should say the same for σ = 0.")
}

// The formula against long noisy runs of core/optim's AdamW.
func TestAdamWEquilibriumMatchesRuns(t *testing.T) {
	for _, tc := range []struct{ c, sigma, wd float64 }{{0.01, 0.1, 0.1}, {0.02, 0.2, 0.2}} {
		run := noisyMean(t, "adamw", map[string]float64{"lr": 0.01, "weight_decay": tc.wd}, tc.c, tc.sigma, 20000, 8)
		if !expect.Float(t, fmt.Sprintf("AdamWEquilibrium(c = %g, σ = %g, wd = %g) against the mean of 8 noisy runs", tc.c, tc.sigma, tc.wd),
			AdamWEquilibrium(tc.c, tc.sigma, tc.wd), run, 0.06,
			"your formula should predict where AdamW's runs settle (within a few percent).") {
			return
		}
	}
}
