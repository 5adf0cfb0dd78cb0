package ch01

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func sumOfSquares(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v * v
	}
	return s
}

// cubic is Σ cᵢ·xᵢ³ with unequal coefficients: its central difference has
// an error of cᵢ·h² in coordinate i, its forward difference one of 3cᵢxᵢh.
func cubic(x []float64) float64 {
	s := 0.0
	for i, v := range x {
		s += float64(i+1) * v * v * v
	}
	return s
}

func TestCentralDiff(t *testing.T) {
	x := []float64{1, -2, 3}
	got := CentralDiff(sumOfSquares, x, 1e-4)
	expect.Floats(t, "CentralDiff(Σx², x=[1 -2 3], h=1e-4)", got, []float64{2, -4, 6}, 1e-7,
		"grad[i] = (f with x[i]+h − f with x[i]−h) / (2h); the derivative of Σx² is 2x.")
	expect.Floats(t, "x after CentralDiff(Σx², x=[1 -2 3], h=1e-4)", x, []float64{1, -2, 3}, 0,
		"put x[i] back to its original value after evaluating f at x[i]±h.")

	// For Σ cᵢxᵢ³ the central difference is exact up to cᵢ·h²; a forward
	// difference is off by about 3cᵢxᵢ·h, a difference over h instead of 2h
	// by a factor of 2.
	x = []float64{0.5, -1, 2}
	h := 1e-3
	want := []float64{3*0.25 + h*h, 2 * (3*1 + h*h), 3 * (3*4 + h*h)}
	got = CentralDiff(cubic, x, h)
	next := "use both neighbours, x[i] + h and x[i] − h, and divide their difference by 2h."
	forward := []float64{3*0.25 + 3*0.5*h + h*h, 2 * (3 - 3*h + h*h), 3 * (12 + 6*h + h*h)}
	if allClose(got, forward, 1e-9) {
		next = "that is the forward difference (f(x + h) − f(x))/h, accurate only to O(h); use f(x + h) − f(x − h) over 2h."
	}
	expect.Floats(t, fmt.Sprintf("CentralDiff(Σ (i+1)·xᵢ³, x=[0.5 -1 2], h=%g)", h), got, want, 1e-9, next)
	empty := CentralDiff(sumOfSquares, []float64{}, 1e-4)
	if len(empty) != 0 {
		expect.Failf(t, "CentralDiff(Σx², x=[], h=1e-4)\n  expected an empty gradient\n  got      %s\n  next: one entry per coordinate of x.", expect.Format(empty))
	}
}

func TestCentralDiffRestoresEachCoordinate(t *testing.T) {
	// f = x₀·x₁ is bilinear, so the central difference is exact, but only
	// if x₀ is back at 3 when the slope along x₁ is measured.
	product := func(x []float64) float64 { return x[0] * x[1] }
	x := []float64{3, 5}
	got := CentralDiff(product, x, 0.5)
	expect.Floats(t, "CentralDiff(x₀·x₁, x=[3 5], h=0.5)", got, []float64{5, 3}, 1e-12,
		"restore x[i] before moving on to i+1, or the next partial derivative is measured at the wrong point.")
	expect.Floats(t, "x after CentralDiff(x₀·x₁, x=[3 5], h=0.5)", x, []float64{3, 5}, 0,
		"set x[i] back to the value it had before you changed it.")
}

// weightedSquares is J(x) = Σ wᵢ·xᵢ², whose gradient is 2wᵢxᵢ.
var squareWeights = []float64{1, 2, 0.5, 3, 1.5}

func weightedSquares(x []float64) float64 {
	s := 0.0
	for i, v := range x {
		s += squareWeights[i] * v * v
	}
	return s
}

func TestGradCheck(t *testing.T) {
	right := func(x []float64) []float64 {
		g := make([]float64, len(x))
		for i, v := range x {
			g[i] = 2 * squareWeights[i] * v
		}
		return g
	}
	// Wrong in one coordinate only: the 2 is missing in coordinate 3.
	oneWrong := func(x []float64) []float64 {
		g := right(x)
		g[3] /= 2
		return g
	}
	x := []float64{1, -2, 0.5, 3, -1}
	h := 1e-4
	if got := GradCheck(weightedSquares, right, expect.Copy(x), h); !(got < 1e-8) {
		expect.Failf(t, "GradCheck(Σwᵢxᵢ², its right gradient, x=%s, h=%g)\n  expected a relative error below 1e-8 (the gradient is right)\n  got      %g\n  next: compare grad(x) with CentralDiff(f, x, h) coordinate by coordinate.", expect.Format(x), h, got)
	}
	// In coordinate 3, a = 9 and n = 18: |9 − 18|/(9 + 18) = 1/3.
	xs := expect.Copy(x)
	got := GradCheck(weightedSquares, oneWrong, xs, h)
	next := "take errᵢ = |aᵢ − nᵢ| / max(|aᵢ| + |nᵢ|, 1e-12) for every i and return the largest."
	switch {
	case expect.Close(got, 1.0/3/5, 1e-6):
		next = "that is the mean relative error over the 5 coordinates; return the largest, so one wrong coordinate cannot hide among right ones."
	case expect.Close(got, 9, 1e-6):
		next = "that is the absolute error |a − n|; divide it by max(|a| + |n|, 1e-12)."
	case expect.Close(got, 0.5, 1e-6):
		next = "that divides by max(|a|, |n|); this check divides by |a| + |n|."
	}
	expect.Float(t, fmt.Sprintf("GradCheck(Σwᵢxᵢ², a gradient wrong only in coordinate 3, x=%s, h=%g)", expect.Format(x), h), got, 1.0/3, 1e-6, next)
	expect.Floats(t, "x after GradCheck", xs, x, 0, "GradCheck must give x back as it found it.")
}

func TestGradCheckAtZeroGradient(t *testing.T) {
	// At the minimum both gradients are 0 in every coordinate: the floor
	// 1e-12 keeps 0/0 away, and a right gradient reports 0, not NaN.
	right := func(x []float64) []float64 { return []float64{2 * x[0], 4 * x[1]} }
	wrong := func(x []float64) []float64 { return []float64{2 * x[0], 4*x[1] + 1e-3} }
	f := func(x []float64) float64 { return x[0]*x[0] + 2*x[1]*x[1] }
	got := GradCheck(f, right, []float64{0, 0}, 1e-3)
	if !expect.Finite(t, "GradCheck(x² + 2y², right gradient, x=[0 0])", got, "both gradients are 0 here: divide by max(|a| + |n|, 1e-12), never by |a| + |n| alone.") {
		return
	}
	expect.Float(t, "GradCheck(x² + 2y², right gradient, x=[0 0])", got, 0, 1e-12, "a right gradient at the minimum has error 0.")
	expect.Float(t, "GradCheck(x² + 2y², gradient off by 1e-3 in y, x=[0 0])", GradCheck(f, wrong, []float64{0, 0}, 1e-3), 1, 1e-9,
		"a = 1e-3 against n = 0 is a relative error of 1: the largest relative error is what GradCheck returns.")
}

// A gradient that comes back NaN or infinite in one coordinate is broken,
// however right the others are: the check must not call it fine. Its
// relative error there is NaN, and a comparison with NaN is always false,
// so a running maximum kept with > never sees it.
func TestGradCheckNeverPassesNaN(t *testing.T) {
	f := func(x []float64) float64 { return x[0]*x[0] + 3*x[1]*x[1] + x[2] }
	x := []float64{1, -2, 0.5}
	for _, bad := range []float64{math.NaN(), math.Inf(1)} {
		broken := func(x []float64) []float64 { return []float64{2 * x[0], bad, 1} }
		got := GradCheck(f, broken, expect.Copy(x), 1e-4)
		if got < 1e-6 {
			expect.Failf(t, "GradCheck(x² + 3y² + z, a gradient that is right except for %v in coordinate 1, x=%s)\n  expected NaN or a large error: the gradient is broken\n  got      %.3g, which says it is right\n  next: errᵢ is NaN in that coordinate, and NaN > worst is false; take the maximum with math.Max (which keeps NaN) or test each errᵢ for NaN.", bad, expect.Format(x), got)
		}
	}
}
