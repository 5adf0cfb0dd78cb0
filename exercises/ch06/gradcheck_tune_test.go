package ch06

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

// checkedLoss is one loss of the gradient-check exercise: a float32
// evaluation, its exact gradient, and the point to check at.
type checkedLoss struct {
	name string
	f    func(w []float32) float32
	grad func(w []float64) []float64
	at   []float64
	kink bool
}

var gcRows = [][]float64{{1, 0.5, -1.5}, {-0.3, 2, 0.7}, {0.8, -1.2, 0.4}, {1.5, 0.3, 0.9}, {-1, -0.6, 1.1}}
var gcLabels = []float64{1, -1, 1, 1, -1}

func dot32(w []float32, x []float64) float32 {
	var z float32
	for j := range w {
		z += w[j] * float32(x[j])
	}
	return z
}

func dot64(w, x []float64) float64 {
	z := 0.0
	for j := range w {
		z += w[j] * x[j]
	}
	return z
}

func checkedLosses() []checkedLoss {
	n := float64(len(gcRows))
	return []checkedLoss{
		{name: "logistic loss", at: []float64{0.3, -0.8, 0.5},
			f: func(w []float32) float32 {
				var s float32
				for i, x := range gcRows {
					s += float32(math.Log1p(math.Exp(float64(-float32(gcLabels[i]) * dot32(w, x)))))
				}
				return s / float32(len(gcRows))
			},
			grad: func(w []float64) []float64 {
				g := make([]float64, len(w))
				for i, x := range gcRows {
					s := 1 / (1 + math.Exp(gcLabels[i]*dot64(w, x)))
					for j := range w {
						g[j] -= gcLabels[i] * x[j] * s / n
					}
				}
				return g
			}},
		{name: "squared error through tanh", at: []float64{0.4, 0.1, -0.3},
			f: func(w []float32) float32 {
				var s float32
				for i, x := range gcRows {
					a := float32(math.Tanh(float64(dot32(w, x))))
					s += (a - float32(gcLabels[i])) * (a - float32(gcLabels[i]))
				}
				return s / float32(len(gcRows))
			},
			grad: func(w []float64) []float64 {
				g := make([]float64, len(w))
				for i, x := range gcRows {
					a := math.Tanh(dot64(w, x))
					for j := range w {
						g[j] += 2 * (a - gcLabels[i]) * (1 - a*a) * x[j] / n
					}
				}
				return g
			}},
		// At this w the margin of row 3 is 0.04: a kink 0.04 away.
		{name: "hinge loss", at: []float64{0.5, -0.8, 0.5}, kink: true,
			f: func(w []float32) float32 {
				var s float32
				for i, x := range gcRows {
					if m := 1 - float32(gcLabels[i])*dot32(w, x); m > 0 {
						s += m
					}
				}
				return s / float32(len(gcRows))
			},
			grad: func(w []float64) []float64 {
				g := make([]float64, len(w))
				for i, x := range gcRows {
					if 1-gcLabels[i]*dot64(w, x) > 0 {
						for j := range w {
							g[j] -= gcLabels[i] * x[j] / n
						}
					}
				}
				return g
			}},
	}
}

// relErr is the check's verdict on a claimed gradient: the worst relative
// error over the coordinates, NaN if the differences are not numbers.
func relErr(l checkedLoss, claimed []float64, h float32) float64 {
	w := make([]float32, len(l.at))
	for i, v := range l.at {
		w[i] = float32(v)
	}
	worst := 0.0
	for j := range w {
		keep := w[j]
		w[j] = keep + h
		plus := l.f(w)
		w[j] = keep - h
		minus := l.f(w)
		w[j] = keep
		num := float64((plus - minus) / (2 * h))
		if math.IsNaN(num) || math.IsInf(num, 0) {
			return math.NaN()
		}
		if d := math.Max(math.Abs(claimed[j]), math.Abs(num)); d > 0 {
			worst = math.Max(worst, math.Abs(claimed[j]-num)/d)
		}
	}
	return worst
}

func TestGradCheckSettingsAreNumbers(t *testing.T) {
	h, tol := GradCheckSettings()
	if !(h > 0 && h < 1) || !(tol > 0 && tol < 1) {
		expect.Failf(t, "GradCheckSettings()\n  expected 0 < h < 1 and 0 < tol < 1\n  got      h = %g, tol = %g\n  next: choose both from the sizes of the round-off and truncation errors in float32.", h, tol)
	}
}

func TestGradCheckPassesCorrectGradients(t *testing.T) {
	h, tol := GradCheckSettings()
	for _, l := range checkedLosses() {
		err := relErr(l, l.grad(l.at), h)
		if err <= tol {
			continue
		}
		call := fmt.Sprintf("the check with h = %g on the %s, with its correct gradient", h, l.name)
		next := fmt.Sprintf("tol %g is tighter than float32 central differences can deliver; at their best they are good to about 10⁻⁴.", tol)
		switch {
		case math.IsNaN(err):
			next = "h = 0 divides 0 by 0: the difference is not a number."
		case float64(h) < 1e-3:
			next = fmt.Sprintf("h = %g is too small for float32: w ± h keeps only a few of h's digits, and the round-off error ε·|f|/h dominates. Try a larger h (near ε^(1/3)).", h)
		case l.kink && 2*float64(h) > 0.04:
			next = fmt.Sprintf("a step of %g moves a margin by up to %g, across the kink 0.04 away: the difference averages two slopes. Take h below the distance to the kink.", h, 2*h)
		case float64(h) > 0.02:
			next = fmt.Sprintf("h = %g is large enough that the truncation error h²·|f‴|/6 shows; take a smaller h.", h)
		}
		expect.Failf(t, "%s\n  expected a relative error of at most tol = %g (a pass)\n  got      %.3g (a fail)\n  next: %s", call, tol, err, next)
	}
}

func TestGradCheckCatchesAOnePercentBug(t *testing.T) {
	h, tol := GradCheckSettings()
	for _, l := range checkedLosses() {
		bad := l.grad(l.at)
		big := 0
		for j := range bad {
			if math.Abs(bad[j]) > math.Abs(bad[big]) {
				big = j
			}
		}
		bad[big] *= 1.01
		err := relErr(l, bad, h)
		if err > tol {
			continue
		}
		next := fmt.Sprintf("tol %g lets a 1%% error through; it must sit below 0.01 by more than the check's own error.", tol)
		if math.IsNaN(err) {
			next = "h = 0 divides 0 by 0: the check cannot tell anything apart."
		}
		expect.Failf(t, "the check with h = %g on the %s, with entry %d of the gradient 1%% too large\n  expected a relative error above tol = %g (a fail)\n  got      %.3g (a pass)\n  next: %s", h, l.name, big, tol, err, next)
	}
}
