package ch03

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

// measuredRate runs core/optim's heavy ball on f = ½·λ·θ² from θ = 1 and
// fits the decay of |θ| between steps 200 and 400 (by the largest value in
// a window of 30 steps, so that oscillations do not matter).
func measuredRate(lr, beta, lambda float64) float64 {
	opt, _ := optim.New("sgd", map[string]float64{"lr": lr, "momentum": beta})
	theta := []float64{1}
	var early, late float64
	for t := 1; t <= 400; t++ {
		opt.Step(theta, []float64{lambda * theta[0]})
		switch {
		case t > 170 && t <= 200:
			early = math.Max(early, math.Abs(theta[0]))
		case t > 370:
			late = math.Max(late, math.Abs(theta[0]))
		}
	}
	return math.Pow(late/early, 1.0/200)
}

func TestMomentumRateComplexRoots(t *testing.T) {
	// The chapter's bowl, steep direction: η = 0.05, β = 0.8, λ = 4 gives
	// z² − 1.6z + 0.8: complex roots of modulus √0.8.
	got := MomentumRate(0.05, 0.8, 4)
	if math.IsNaN(got) {
		expect.Fatalf(t, "MomentumRate(η = 0.05, β = 0.8, λ = 4)\n  expected 0.894427 (= √0.8)\n  got      NaN\n  next: the discriminant (1 + β − ηλ)² − 4β is negative here, so the roots are complex; their product is β")
	}
	expect.Float(t, "MomentumRate(η = 0.05, β = 0.8, λ = 4)", got, math.Sqrt(0.8), 1e-12,
		"complex roots are conjugates whose product is β, so both have modulus √β.")
	expect.Float(t, "MomentumRate(η = 0.02, β = 0.81, λ = 100)", MomentumRate(0.02, 0.81, 100), 0.9, 1e-12,
		"in the whole complex band the rate is √β, whatever ηλ.")
}

func TestMomentumRateRealRoots(t *testing.T) {
	// The flat direction of the same bowl: λ = 0.2, real roots 0.927 and 0.863.
	b := 1 + 0.8 - 0.05*0.2
	want := (b + math.Sqrt(b*b-3.2)) / 2
	got := MomentumRate(0.05, 0.8, 0.2)
	if expect.Close(got, math.Sqrt(0.8), 1e-9) {
		expect.Fatalf(t, "MomentumRate(η = 0.05, β = 0.8, λ = 0.2)\n  expected %.6g\n  got      %.6g (= √β)\n  next: √β is the rate only when the roots are complex; here the discriminant is positive, the roots are real, and the larger one decides", want, got)
	}
	expect.Float(t, "MomentumRate(η = 0.05, β = 0.8, λ = 0.2)", got, want, 1e-12,
		"two real roots (b ± √d)/2 with b = 1 + β − ηλ and d = b² − 4β; the rate is the larger modulus.")
	expect.Float(t, "MomentumRate(η = 0.45, β = 0, λ = 0.2), gradient descent", MomentumRate(0.45, 0, 0.2), 0.91, 1e-12,
		"with β = 0 the recurrence is θₜ₊₁ = (1 − ηλ)·θₜ, so the rate is |1 − ηλ|.")
}

func TestMomentumRateNegativeRoot(t *testing.T) {
	// η·λ = 2.2 between (1 + √β)² and 2(1 + β) with β = 0.2: both roots
	// real and negative, the error flips sign every step and still shrinks;
	// the rate is the modulus of the more negative root.
	b := 1 + 0.2 - 0.55*4
	want := (math.Abs(b) + math.Sqrt(b*b-0.8)) / 2
	got := MomentumRate(0.55, 0.2, 4)
	if got < 0 || expect.Close(got, (b+math.Sqrt(b*b-0.8))/2, 1e-9) {
		expect.Fatalf(t, "MomentumRate(η = 0.55, β = 0.2, λ = 4)\n  expected %.6g\n  got      %.6g\n  next: both roots are negative here (the error flips sign every step); the rate is the largest |z|, not the largest z", want, got)
	}
	expect.Float(t, "MomentumRate(η = 0.55, β = 0.2, λ = 4)", got, want, 1e-12,
		"with b = 1 + β − ηλ < 0 the root of largest modulus is (b − √d)/2, of modulus (|b| + √d)/2.")
	expect.Float(t, "MomentumRate(η = 1.5, β = 0, λ = 1), gradient descent flipping", MomentumRate(1.5, 0, 1), 0.5, 1e-12,
		"|1 − ηλ| = 0.5 when ηλ = 1.5.")
}

func TestMomentumRateCriticalDampingAndDivergence(t *testing.T) {
	// β = 0.25, ηλ = (1 − √β)² = 0.25: a repeated root at √β = 0.5.
	expect.Float(t, "MomentumRate(η = 0.25, β = 0.25, λ = 1), critically damped", MomentumRate(0.25, 0.25, 1), 0.5, 1e-9,
		"at critical damping the discriminant is 0 and the root b/2 = √β is repeated.")
	// ηλ = 3 > 2(1 + β) = 2.5 with β = 0.25: diverges.
	b := 1 + 0.25 - 3.0
	want := (math.Abs(b) + math.Sqrt(b*b-1)) / 2
	expect.Float(t, "MomentumRate(η = 3, β = 0.25, λ = 1), past 2(1 + β)", MomentumRate(3, 0.25, 1), want, 1e-12,
		"past ηλ = 2(1 + β) a root leaves the unit circle: return its modulus, which is above 1.")
}

// The rate you derived is the rate a run of core/optim's heavy ball shows,
// in every region of the phase diagram.
func TestMomentumRateMatchesRuns(t *testing.T) {
	for _, c := range []struct{ lr, beta, lambda float64 }{
		{0.05, 0.8, 4}, {0.05, 0.8, 0.2}, {0.1, 0.5, 1}, {0.55, 0.2, 4}, {0.0331, 0.6694, 100}, {0.3, 0.9, 0.5},
	} {
		want := measuredRate(c.lr, c.beta, c.lambda)
		got := MomentumRate(c.lr, c.beta, c.lambda)
		if !expect.Float(t, fmt.Sprintf("MomentumRate(η = %g, β = %g, λ = %g) against a run's measured rate", c.lr, c.beta, c.lambda), got, want, 0.01,
			"the largest |root| of z² − (1 + β − ηλ)·z + β is what a run shows, step after step.") {
			return
		}
	}
}
