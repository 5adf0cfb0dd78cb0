package ch03

import (
	"math"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/core/surface"
	"descent/exercises/internal/expect"
)

// heavyBallSteps runs core/optim's heavy ball on the κ = 100 ellipse from
// its start and returns the steps until ‖θ‖ ≤ 1e-6·‖θ₀‖ (or budget + 1 if
// it never gets there), and the distance ratio at the end of the budget.
func heavyBallSteps(t *testing.T, lr, beta float64, budget int) (int, float64) {
	t.Helper()
	s, err := surface.Ellipse(100)
	if err != nil {
		expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
	}
	opt, err := optim.New("sgd", map[string]float64{"lr": lr, "momentum": beta})
	if err != nil {
		expect.Fatalf(t, "HeavyBall() = (η = %g, β = %g)\n  expected a learning rate > 0 and a momentum in [0, 1)\n  got      core/optim refuses them: %v\n  next: return η > 0 and 0 ≤ β < 1", lr, beta, err)
	}
	theta := []float64{s.Start.X, s.Start.Y}
	start := math.Hypot(theta[0], theta[1])
	ratio := 1.0
	for step := 1; step <= budget; step++ {
		gx, gy := s.Gradient(theta[0], theta[1])
		opt.Step(theta, []float64{gx, gy})
		ratio = math.Hypot(theta[0], theta[1]) / start
		if ratio <= 1e-6 {
			return step, ratio
		}
	}
	return budget + 1, ratio
}

// rootRate is the heavy ball's rate on a direction of curvature lambda: the
// largest |z| with z² − (1 + β − ηλ)·z + β = 0.
func rootRate(lr, beta, lambda float64) float64 {
	b := 1 + beta - lr*lambda
	if d := b*b - 4*beta; d >= 0 {
		return (math.Abs(b) + math.Sqrt(d)) / 2
	}
	return math.Sqrt(beta)
}

func TestHeavyBallReachesTheTargetInTime(t *testing.T) {
	lr, beta := HeavyBall()
	steps, ratio := heavyBallSteps(t, lr, beta, 100)
	if steps <= 100 {
		return
	}
	flat, steep := rootRate(lr, beta, 1), rootRate(lr, beta, 100)
	what := "converging too slowly"
	if math.IsNaN(ratio) || ratio > 1 {
		what = "not converging"
	}
	slow := "the flat direction (λ = 1)"
	if steep > flat {
		slow = "the steep direction (λ = 100)"
	}
	expect.Fatalf(t, "the heavy ball with η = %g, β = %g on ½(x² + 100y²) from (−4, 0.4)\n  expected ‖θ‖ ≤ 1e-6·‖θ₀‖ within 100 steps\n  got      ‖θ‖/‖θ₀‖ = %.3g after 100 steps (%s)\n  next: per step the flat direction shrinks by %.4f and the steep one by %.4f; %s is holding you back. Where in the phase diagram do both directions shrink by the same, smallest factor?",
		lr, beta, ratio, what, flat, steep, slow)
}

// A lucky setting that only just makes it is not tuned: the run must also
// keep converging after the target (no late blow-up).
func TestHeavyBallKeepsConverging(t *testing.T) {
	lr, beta := HeavyBall()
	_, ratio := heavyBallSteps(t, lr, beta, 400)
	if !(ratio <= 1e-6) {
		expect.Fatalf(t, "the heavy ball with η = %g, β = %g after 400 steps\n  expected ‖θ‖/‖θ₀‖ ≤ 1e-6 and still falling\n  got      %.3g\n  next: the steep direction diverges once ηλ ≥ 2(1 + β) with λ = 100; keep η below 2(1 + β)/100", lr, beta, ratio)
	}
}
