package ch02

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestMaxStableLR(t *testing.T) {
	cases := []struct {
		a, b, c float64
		want    float64
	}{
		{1, 0, 10, 0.2},          // diagonal: L is the larger entry
		{4, 0, 4, 0.5},           // round bowl
		{2, 1, 2, 2.0 / 3},       // eigenvalues 1 and 3
		{3, 4, -3, 2.0 / 5},      // eigenvalues ±5: the positive one limits η
		{0, 0, 0, math.Inf(1)},   // flat
		{-1, 0, -2, math.Inf(1)}, // curves down everywhere
	}
	for _, c := range cases {
		got := MaxStableLR(c.a, c.b, c.c)
		expect.Float(t, fmt.Sprintf("MaxStableLR(a=%g, b=%g, c=%g)", c.a, c.b, c.c), got, c.want, 1e-12,
			"L = (a+c)/2 + √(((a−c)/2)² + b²) is the largest eigenvalue; return 2/L, or math.Inf(1) when L ≤ 0.")
	}
}

func TestMaxStableLRSeparatesConvergenceFromDivergence(t *testing.T) {
	a, b, c := 5.0, 2.0, 2.0 // eigenvalues 6 and 1
	limit := MaxStableLR(a, b, c)
	run := func(lr float64) float64 {
		x, y := 1.0, 1.0
		for range 200 {
			gx, gy := a*x+b*y, b*x+c*y
			x, y = x-lr*gx, y-lr*gy
		}
		return math.Hypot(x, y)
	}
	if limit <= 0 || math.IsInf(limit, 0) || math.IsNaN(limit) {
		t.Fatalf("MaxStableLR(5, 2, 2)\n  expected a positive, finite learning rate (1/3)\n  got      %g\n  next: compute L from the formula and return 2/L.", limit)
	}
	if n := run(0.95 * limit); n > 1e-3 {
		t.Errorf("200 gradient steps with η = 0.95 × MaxStableLR(5, 2, 2) = %g\n  expected to converge (|θ| < 1e-3)\n  got      |θ| = %g\n  next: your limit is too large; L must be the LARGEST eigenvalue.", 0.95*limit, n)
	}
	if n := run(1.05 * limit); n < 1 {
		t.Errorf("200 gradient steps with η = 1.05 × MaxStableLR(5, 2, 2) = %g\n  expected to diverge (|θ| > 1)\n  got      |θ| = %g\n  next: your limit is too small; it should be 2/L, not 1/L.", 1.05*limit, n)
	}
}
