package ch02

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

// bowl is J(θ) = (θ₁ − 3)² + 2·(θ₂ + 1)² + 1: minimum 1 at (3, −1).
func bowl(th []float64) float64 {
	return (th[0]-3)*(th[0]-3) + 2*(th[1]+1)*(th[1]+1) + 1
}

func bowlGrad(th []float64) []float64 {
	return []float64{2 * (th[0] - 3), 4 * (th[1] + 1)}
}

// refMinimize is the contract, written out: test, then step.
func refMinimize(grad func([]float64) []float64, theta0 []float64, lr, tol float64, maxSteps int) ([]float64, int) {
	th := append([]float64(nil), theta0...)
	steps := 0
	for ; steps < maxSteps; steps++ {
		g := grad(th)
		var n float64
		for _, v := range g {
			n += v * v
		}
		if math.Sqrt(n) <= tol {
			break
		}
		for i := range th {
			th[i] -= lr * g[i]
		}
	}
	return th, steps
}

func TestMinimizeStopsAtTheMinimum(t *testing.T) {
	start := []float64{0, 0}
	for _, c := range []struct{ lr, tol float64 }{{0.1, 1e-6}, {0.2, 1e-9}, {0.05, 1e-3}} {
		wantTheta, wantSteps := refMinimize(bowlGrad, start, c.lr, c.tol, 10000)
		theta, steps := Minimize(bowl, bowlGrad, start, c.lr, c.tol, 10000)
		call := fmt.Sprintf("Minimize(J = (θ₁−3)² + 2(θ₂+1)² + 1, from [0 0], lr=%g, tol=%g, maxSteps=10000)", c.lr, c.tol)
		if len(theta) == 2 && bowl(theta) > bowl(start) {
			expect.Failf(t, "%s\n  expected J to fall from %g\n  got      J = %.4g at %s\n  next: the step went uphill: the gradient points towards larger J, so subtract it.", call, bowl(start), bowl(theta), expect.Format(theta))
			continue
		}
		if steps == 10000 {
			expect.Failf(t, "%s\n  expected to stop after %d steps, when ‖∇J‖ ≤ %g\n  got      all 10000 steps\n  next: the minimum of this J is 1, not 0, and no rule can know J*: stop on the gradient's norm instead.", call, wantSteps, c.tol)
			continue
		}
		if steps != wantSteps {
			next := "test ‖∇J(θ)‖ ≤ tol at the current point before each step, and count only the steps taken."
			if steps == wantSteps+1 || steps == wantSteps-1 {
				next = "off by one: test the gradient at the current point *before* each step, and return the number of steps actually taken."
			}
			expect.Failf(t, "%s\n  expected %d steps\n  got      %d\n  next: %s", call, wantSteps, steps, next)
		}
		expect.Floats(t, call+" θ", theta, wantTheta, 1e-9, "each step is θ ← θ − η·∇J(θ), with the gradient at the current point.")
	}
	expect.Floats(t, "theta0 after Minimize", start, []float64{0, 0}, 0, "work on a copy of theta0.")
}

// TestMinimizeMeasuresTheEuclideanNorm uses a round bowl, where the two
// components of the gradient stay equal: ‖g‖ = √2·max|gᵢ|, so a rule on
// another norm stops at a different step.
func TestMinimizeMeasuresTheEuclideanNorm(t *testing.T) {
	round := func(th []float64) float64 { return (th[0]-3)*(th[0]-3) + (th[1]+1)*(th[1]+1) + 1 }
	roundGrad := func(th []float64) []float64 { return []float64{2 * (th[0] - 3), 2 * (th[1] + 1)} }
	start := []float64{0, -4}
	for _, tol := range []float64{1e-3, 0.05, 1e-8} {
		wantTheta, wantSteps := refMinimize(roundGrad, start, 0.1, tol, 10000)
		theta, steps := Minimize(round, roundGrad, expect.Copy(start), 0.1, tol, 10000)
		call := fmt.Sprintf("Minimize(J = (θ₁−3)² + (θ₂+1)² + 1, from [0 -4], lr=0.1, tol=%g, maxSteps=10000)", tol)
		if steps != wantSteps {
			expect.Failf(t, "%s\n  expected %d steps\n  got      %d\n  next: stop when the Euclidean norm ‖∇J‖ = √(Σᵢ gᵢ²) is at most tol (not its square, not the largest |gᵢ|).", call, wantSteps, steps)
			continue
		}
		expect.Floats(t, call+" θ", theta, wantTheta, 1e-9, "each step is θ ← θ − η·∇J(θ).")
	}
}

func TestMinimizeRespectsTheBudget(t *testing.T) {
	// tol = 0 cannot be met in a few steps: the loop must end at maxSteps.
	theta, steps := Minimize(bowl, bowlGrad, []float64{0, 0}, 0.1, 0, 7)
	wantTheta, _ := refMinimize(bowlGrad, []float64{0, 0}, 0.1, 0, 7)
	if steps != 7 {
		expect.Failf(t, "Minimize(…, lr=0.1, tol=0, maxSteps=7)\n  expected 7 steps\n  got      %d\n  next: stop after maxSteps steps whatever the gradient.", steps)
	}
	expect.Floats(t, "Minimize(…, lr=0.1, tol=0, maxSteps=7) θ", theta, wantTheta, 1e-12, "each step is θ ← θ − η·∇J(θ).")

	// Started at the minimum, it takes no step at all, and returns a copy.
	start := []float64{3, -1}
	theta, steps = Minimize(bowl, bowlGrad, start, 0.1, 1e-6, 100)
	if steps != 0 {
		expect.Failf(t, "Minimize(…, from the minimum [3 -1], tol=1e-6)\n  expected 0 steps (the gradient is 0 there)\n  got      %d\n  next: test the gradient before the first step.", steps)
	}
	// With tol = 0 the test is ‖∇J‖ ≤ 0, met exactly at the minimum.
	if _, steps := Minimize(bowl, bowlGrad, []float64{3, -1}, 0.1, 0, 100); steps != 0 {
		expect.Failf(t, "Minimize(…, from the minimum [3 -1], tol=0, maxSteps=100)\n  expected 0 steps: ‖∇J‖ = 0 ≤ tol = 0\n  got      %d\n  next: stop when ‖∇J(θ)‖ ≤ tol, equality included; a strict < never stops at an exact minimum with tol = 0.", steps)
	}
	if len(theta) == 2 {
		theta[0] = 99
		if start[0] != 3 {
			expect.Failf(t, "Minimize(…, from [3 -1])\n  expected a new slice\n  got      the caller's theta0 itself\n  next: return a copy, so the caller's theta0 never changes.")
		}
	}
}
