package ch01

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

// smoothCases are the five functions the steps must serve.
var smoothCases = []struct {
	name  string
	f, df func(float64) float64
	x     float64
}{
	{"eˣ", math.Exp, math.Exp, 0.5},
	{"sin x", math.Sin, math.Cos, 1},
	{"ln x", math.Log, func(x float64) float64 { return 1 / x }, 2},
	{"x³", func(x float64) float64 { return x * x * x }, func(x float64) float64 { return 3 * x * x }, 1.5},
	{"arctan x", math.Atan, func(x float64) float64 { return 1 / (1 + x*x) }, 0.7},
}

// checkStep measures the relative error of a difference quotient with step
// h on every smooth case and fails if one exceeds the target.
func checkStep(t *testing.T, method string, h, target float64, quotient func(f func(float64) float64, x, h float64) float64) {
	t.Helper()
	if !(h > 0) || math.IsInf(h, 0) {
		expect.Fatalf(t, "the %s step\n  expected a positive, finite h\n  got      %g\n  next: return a small positive step for the %s difference.", method, h, method)
	}
	for _, c := range smoothCases {
		exact := c.df(c.x)
		est := quotient(c.f, c.x, h)
		err := math.Abs(est-exact) / math.Abs(exact)
		if err <= target {
			continue
		}
		// Which error dominates? With |f| and its derivatives about 1,
		// rounding is about ε/h and truncation h/2 (forward) or h²/6
		// (central).
		const eps = 2.2e-16
		truncation := h / 2
		if method == "central" {
			truncation = h * h / 6
		}
		why := "at this h the truncation error dominates (it grows with h): try a smaller h."
		if eps/h > truncation {
			why = "at this h rounding dominates (it grows like ε/h): try a larger h."
		}
		expect.Failf(t, "%s difference of %s at x = %g with h = %g\n  expected a relative error ≤ %g\n  got      %.3g\n  next: %s", method, c.name, c.x, h, target, err, why)
		return
	}
}

func TestForwardStep(t *testing.T) {
	h, _ := DifferenceSteps()
	checkStep(t, "forward", h, 1e-7, func(f func(float64) float64, x, h float64) float64 {
		return (f(x+h) - f(x)) / h
	})
}

func TestCentralStep(t *testing.T) {
	_, h := DifferenceSteps()
	checkStep(t, "central", h, 2e-10, func(f func(float64) float64, x, h float64) float64 {
		return (f(x+h) - f(x-h)) / (2 * h)
	})
	if f, c := DifferenceSteps(); f > 0 && c > 0 && f == c {
		expect.Failf(t, "DifferenceSteps()\n  expected two different steps\n  got      %s for both\n  next: the truncation errors differ (∝ h against ∝ h²), so the best h differs too.", fmt.Sprint(f))
	}
}
