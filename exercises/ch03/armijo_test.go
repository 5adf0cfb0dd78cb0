package ch03

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/core/surface"
	"descent/exercises/internal/expect"
)

// counted wraps f, counting its calls and keeping every point it saw.
type counted struct {
	f      func(x, y float64) float64
	calls  int
	points [][]float64
}

func (c *counted) eval(x []float64) float64 {
	c.calls++
	c.points = append(c.points, x)
	if len(x) < 2 {
		return math.NaN()
	}
	return c.f(x[0], x[1])
}

func TestArmijoOnRosenbrock(t *testing.T) {
	// The chapter's armijo cell: from (−1.2, 1) along −∇f, t₀ = 1, ρ = ½,
	// c = 1e-4: ten trials fail, the eleventh, t = 2⁻¹⁰, is accepted.
	s := surface.Rosenbrock()
	gx, gy := s.Gradient(-1.2, 1)
	f := &counted{f: s.Value}
	theta, grad, dir := []float64{-1.2, 1}, []float64{gx, gy}, []float64{-gx, -gy}
	got := ArmijoStep(f.eval, theta, grad, dir, 1, 0.5, 1e-4)
	expect.Float(t, "ArmijoStep on Rosenbrock from (−1.2, 1) along −∇f (t₀ = 1, ρ = 0.5, c = 1e-4)", got, math.Pow(0.5, 10), 1e-12,
		"shrink t by ρ until f(θ + t·d) ≤ f(θ) + c·t·∇f·d; here that first holds at t = 2⁻¹⁰ = 0.000977.")
	if f.calls != 12 {
		expect.Failf(t, "calls to f in that search\n  expected 12 (one at θ, eleven trials)\n  got      %d\n  next: evaluate f(θ) once, before the loop, and f once per trial", f.calls)
	}
	expect.Floats(t, "theta after ArmijoStep", theta, []float64{-1.2, 1}, 0, "never write to theta: the caller moves θ.")
	// f keeps every point it was handed: each must still be the trial it was.
	for k, p := range f.points {
		want := []float64{-1.2, 1}
		if k > 0 {
			step := math.Pow(0.5, float64(k-1))
			want = []float64{-1.2 + step*dir[0], 1 + step*dir[1]}
		}
		if !expect.Floats(t, fmt.Sprintf("call %d's point, as f kept it, after the search", k+1), p, want, 1e-12,
			"f may keep the slice it gets: build each trial point θ + t·d in a new slice, never in one buffer that the next trial overwrites.") {
			break
		}
	}
	expect.Floats(t, "dir after ArmijoStep", dir, []float64{-gx, -gy}, 0, "never write to dir.")
}

// c decides how much decrease is enough: with c = 0.9 the search must go
// further than with c = 1e-4; with c tiny it must not accept an increase.
func TestArmijoHonoursC(t *testing.T) {
	// f = x² from x = 1 along d = −2 (−∇f): f(1 − 2t) = (1 − 2t)²;
	// the condition (1 − 2t)² ≤ 1 − 4ct holds for t ≤ 1 − c.
	f := func(x []float64) float64 { return x[0] * x[0] }
	for _, c := range []struct{ c, want float64 }{{0.1, 0.5}, {0.5, 0.5}, {0.6, 0.25}, {0.9, 0.0625}} {
		got := ArmijoStep(f, []float64{1}, []float64{2}, []float64{-2}, 1, 0.5, c.c)
		if c.c == 0.6 && expect.Close(got, 0.5, 1e-12) {
			expect.Fatalf(t, "ArmijoStep(f = x², x = 1, d = −2, t₀ = 1, ρ = 0.5, c = 0.6)\n  expected 0.25\n  got      0.5\n  next: t = 0.5 lands on f = 0, a decrease of 1, but the condition asks for c·t·|∇f·d| = 0.6·0.5·4 = 1.2; check the sign of the c·t·∇f·d term and that c is used at all")
		}
		next := "f(θ + t·d) ≤ f(θ) + c·t·∇f·d holds for t ≤ 1 − c here: the first t = 1, ½, ¼, … at or below it."
		if c.c == 0.5 && expect.Close(got, 0.25, 1e-12) {
			next = "at t = 0.5 the condition holds with equality, f(0) = 0 = 1 + 0.5·0.5·(−4): the test is ≤, so t = 0.5 is accepted."
		}
		expect.Float(t, fmt.Sprintf("ArmijoStep(f = x², x = 1, d = −2, t₀ = 1, ρ = 0.5, c = %g)", c.c), got, c.want, 1e-12, next)
	}
	// t₀ and ρ are the caller's: t₀ = 0.3 passes at once; ρ = 0.1 from t₀ = 2.
	expect.Float(t, "ArmijoStep(f = x², x = 1, d = −2, t₀ = 0.3, c = 0.1)", ArmijoStep(f, []float64{1}, []float64{2}, []float64{-2}, 0.3, 0.5, 0.1), 0.3, 1e-12,
		"start from t₀, not from 1.")
	expect.Float(t, "ArmijoStep(f = x², x = 1, d = −2, t₀ = 2, ρ = 0.1, c = 0.1)", ArmijoStep(f, []float64{1}, []float64{2}, []float64{-2}, 2, 0.1, 0.1), 0.2, 1e-12,
		"shrink by the given ρ: 2, then 0.2.")
}

func TestArmijoRefusesAnAscentDirection(t *testing.T) {
	// f = −x² from x = 1: ∇f = −2, and d = −1 goes uphill (∇f·d = 2 > 0),
	// although a long step t = 2 would land lower, at f(−1) = −1.
	calls := 0
	f := func(x []float64) float64 { calls++; return -x[0] * x[0] }
	got := ArmijoStep(f, []float64{1}, []float64{-2}, []float64{-1}, 2, 0.5, 0.1)
	expect.Float(t, "ArmijoStep(f = −x², x = 1, d = −1: uphill)", got, 0, 0,
		"when ∇f·d ≥ 0, d is not a descent direction: return 0 before trying any step.")
	if calls > 0 {
		expect.Failf(t, "calls to f for an uphill direction\n  expected 0\n  got      %d\n  next: check the slope ∇f·d first; f is expensive", calls)
	}
	// The other way, d = +1, is downhill (∇f·d = −2) and t₀ = 2 passes at once.
	expect.Float(t, "ArmijoStep(f = −x², x = 1, d = +1: downhill, t₀ = 2)", ArmijoStep(f, []float64{1}, []float64{-2}, []float64{1}, 2, 0.5, 0.1), 2, 0,
		"along a descent direction try t₀ first: f(3) = −9 ≤ f(1) + c·t₀·∇f·d = −1.4.")
}

// A trial where f is NaN (outside its domain, or after an overflow) does
// not satisfy f(θ + t·d) ≤ bound, since no comparison with NaN is true: the
// search must shrink past it, not stop there.
func TestArmijoShrinksPastNaN(t *testing.T) {
	f := func(x []float64) float64 {
		if math.Abs(x[0]) > 2 {
			return math.NaN()
		}
		return x[0] * x[0]
	}
	got := ArmijoStep(f, []float64{1}, []float64{2}, []float64{-2}, 2, 0.5, 0.1)
	next := "t = 2 lands on f = NaN, t = 1 on f(−1) = 1 > 0.6; t = 0.5 lands on f(0) = 0 ≤ 1 + 0.1·0.5·(−4) = 0.8."
	if got == 2 {
		next = "t = 2 lands where f is NaN, and NaN ≤ bound is false: the condition fails, so shrink. A loop that runs while f > bound stops at NaN, because NaN > bound is false too; test the condition itself."
	}
	expect.Float(t, "ArmijoStep(f = x², NaN where |x| > 2; x = 1, d = −2, t₀ = 2, ρ = 0.5, c = 0.1)", got, 0.5, 1e-12, next)
}

func TestArmijoGivesUp(t *testing.T) {
	// A function that never decreases: every trial fails.
	calls := 0
	f := func(x []float64) float64 {
		calls++
		if x[0] == 1 {
			return 0
		}
		return 1
	}
	got := ArmijoStep(f, []float64{1}, []float64{1}, []float64{-1}, 1, 0.5, 0.1)
	expect.Float(t, "ArmijoStep where no step decreases f", got, 0, 0, "after 60 failed trials, return 0.")
	expect.Float(t, "calls to f when every trial fails", float64(calls), 61, 0, "one call at θ and 60 trials, then give up.")
}

func TestArmijoDoesNotLendItsSlices(t *testing.T) {
	// An f that writes into the point it gets must not change θ, and the
	// trial points must be fresh slices.
	theta := []float64{2, -1}
	f := &counted{f: func(x, y float64) float64 { return x*x + 4*y*y }}
	vandal := func(x []float64) float64 {
		v := f.eval(x)
		for i := range x {
			x[i] = 99
		}
		return v
	}
	got := ArmijoStep(vandal, theta, []float64{4, -8}, []float64{-4, 8}, 1, 0.5, 1e-4)
	expect.Floats(t, "theta after ArmijoStep with an f that scribbles on its argument", theta, []float64{2, -1}, 0,
		"hand f a copy of θ and a new slice for each trial, never theta itself.")
	expect.Float(t, "ArmijoStep on x² + 4y² from (2, −1) along −∇f", got, 0.25, 1e-12,
		"build each trial point θ + t·d from the untouched θ.")
}

// Gradient descent with your line search, on a bowl with κ = 50: it must
// reach the minimum in a few hundred steps without ever raising f.
func TestArmijoDrivesGradientDescent(t *testing.T) {
	f := func(x []float64) float64 { return 0.5 * (x[0]*x[0] + 50*x[1]*x[1]) }
	theta := []float64{3, 1}
	last := f(theta)
	for step := 1; step <= 300; step++ {
		g := []float64{theta[0], 50 * theta[1]}
		d := []float64{-g[0], -g[1]}
		tt := ArmijoStep(f, theta, g, d, 1, 0.5, 1e-4)
		if tt == 0 {
			expect.Fatalf(t, "ArmijoStep at step %d of gradient descent on ½(x² + 50y²)\n  expected a step size > 0 along −∇f\n  got      0\n  next: along −∇f the slope is −‖∇f‖² < 0, so a small enough t always passes", step)
		}
		theta[0] += tt * d[0]
		theta[1] += tt * d[1]
		now := f(theta)
		if now > last {
			expect.Fatalf(t, "f after step %d of gradient descent with ArmijoStep\n  expected at most %.6g (the value before)\n  got      %.6g\n  next: an accepted step must satisfy f(θ + t·d) ≤ f(θ) + c·t·∇f·d < f(θ)", step, last, now)
		}
		last = now
	}
	expect.Float(t, "f after 300 steps of gradient descent with ArmijoStep on ½(x² + 50y²)", last, 0, 1e-8,
		"with a working line search gradient descent converges here, at the pace κ allows.")
}
