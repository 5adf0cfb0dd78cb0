package ch01

import (
	"fmt"
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

func TestCentralDiff(t *testing.T) {
	x := []float64{1, -2, 3}
	got := CentralDiff(sumOfSquares, x, 1e-4)
	expect.Floats(t, "CentralDiff(Σx², x=[1 -2 3], h=1e-4)", got, []float64{2, -4, 6}, 1e-6,
		"grad[i] = (f(x with x[i]+h) − f(x with x[i]−h)) / (2h); the derivative of Σx² is 2x.")
	expect.Floats(t, "x after CentralDiff(Σx², x=[1 -2 3], h=1e-4)", x, []float64{1, -2, 3}, 0,
		"put x[i] back to its original value after evaluating f at x[i]±h.")
}

func TestCentralDiffRestoresEachCoordinate(t *testing.T) {
	// f = x₀·x₁ is bilinear, so the central difference is exact — but only
	// if x₀ is back at 3 when the slope along x₁ is measured.
	product := func(x []float64) float64 { return x[0] * x[1] }
	x := []float64{3, 5}
	got := CentralDiff(product, x, 0.5)
	expect.Floats(t, "CentralDiff(x₀·x₁, x=[3 5], h=0.5)", got, []float64{5, 3}, 1e-12,
		"restore x[i] before moving on to i+1, or the next partial derivative is measured at the wrong point.")
	expect.Floats(t, "x after CentralDiff(x₀·x₁, x=[3 5], h=0.5)", x, []float64{3, 5}, 0,
		"set x[i] back to the value it had before you changed it.")
}

func TestGradCheck(t *testing.T) {
	right := func(x []float64) []float64 {
		g := make([]float64, len(x))
		for i, v := range x {
			g[i] = 2 * v
		}
		return g
	}
	wrong := func(x []float64) []float64 { // forgot the 2 in one place: 3x
		g := make([]float64, len(x))
		for i, v := range x {
			g[i] = 3 * v
		}
		return g
	}
	x := []float64{1, -2, 3}
	if got := GradCheck(sumOfSquares, right, x, 1e-4); got > 1e-6 || got != got {
		t.Errorf("GradCheck(Σx², 2x, x=[1 -2 3])\n  expected a relative error below 1e-6 (the gradient is right)\n  got      %g\n  next: compare grad(x) with CentralDiff(f, x, h) coordinate by coordinate.", got)
	}
	got := GradCheck(sumOfSquares, wrong, x, 1e-4)
	expect.Float(t, fmt.Sprintf("GradCheck(Σx², 3x, x=%s)", expect.Format(x)), got, 0.2, 1e-6,
		"the relative error of 3x against 2x is |3−2|/(3+2) = 0.2 at every coordinate: divide |a−n| by max(|a|+|n|, 1e-12) and keep the largest.")
}
