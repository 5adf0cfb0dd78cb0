package ch04

import (
	"fmt"
	"testing"

	"descent/exercises/internal/expect"
)

func TestFitLine(t *testing.T) {
	cases := []struct {
		x, y             []float64
		slope, intercept float64
	}{
		{[]float64{0, 1, 2}, []float64{2, 5, 8}, 3, 2},
		{[]float64{1, 2, 3, 4}, []float64{6, 5, 7, 10}, 1.4, 3.5},
		{[]float64{-1, 1}, []float64{4, 4}, 0, 4},
		{[]float64{10, 20}, []float64{-5, -25}, -2, 15},
		{[]float64{2, 3, 5, 7, 11}, []float64{0, -0.5, 3.5, 1.5, 4.5}, 0.5, -1},
	}
	for _, c := range cases {
		s, b, err := FitLine(expect.Copy(c.x), expect.Copy(c.y))
		call := fmt.Sprintf("FitLine(x=%s, y=%s)", expect.Format(c.x), expect.Format(c.y))
		if err != nil {
			expect.Failf(t, "%s\n  expected slope %g, intercept %g\n  got      error %q\n  next: only refuse data whose x are all equal (or fewer than two points).", call, c.slope, c.intercept, err)
			continue
		}
		if expect.Close(b, 0, 1e-12) && c.intercept != 0 {
			expect.Failf(t, "%s\n  expected intercept %g\n  got      0 (slope %g)\n  next: the line has an intercept θ₀: the first normal equation, n·θ₀ + Σx·θ₁ = Σy, must hold too.", call, c.intercept, s)
			continue
		}
		expect.Float(t, call+" slope", s, c.slope, 1e-12, "solve both normal equations together; the slope is θ₁.")
		expect.Float(t, call+" intercept", b, c.intercept, 1e-12, "the intercept is θ₀: the line passes through the point of means (x̄, ȳ).")
	}
}

// Far from 0 the sums lose their digits: y = 0.5·x + 3 with x near 10⁸.
func TestFitLineFarFromZero(t *testing.T) {
	x := []float64{1e8, 1e8 + 1, 1e8 + 2, 1e8 + 4}
	y := make([]float64, len(x))
	noise := []float64{0.01, -0.02, 0.015, -0.005}
	for i := range x {
		y[i] = 0.5*(x[i]-1e8) + 3 + noise[i] // the line in shifted form, exactly representable
	}
	s, b, err := FitLine(x, y)
	call := "FitLine(x = 10⁸ + [0 1 2 4], y ≈ 0.5·(x − 10⁸) + 3)"
	if err != nil {
		expect.Fatalf(t, "%s\n  expected a line\n  got      error %q\n  next: these x differ, so a unique line exists; the determinant only looks like 0 when computed from raw sums.", call, err)
	}
	// The exact least-squares slope of these points (computed in shifted coordinates).
	wantSlope := 0.498857142857143
	expect.Float(t, call+" slope", s, wantSlope, 1e-9,
		"in float64, n·Σx² − (Σx)² cancels to noise for x near 10⁸. Shift x (and y) by their means before forming the sums: the slope does not change.")
	// The intercept at x = 0 is −0.5·10⁸ + …: check the line at the data instead.
	atFirst := s*x[0] + b
	expect.Float(t, call+" prediction at x = 10⁸", atFirst, 3.002, 1e-6,
		"with a slope right, the intercept follows from the point of means: θ₀ = ȳ − θ₁·x̄.")
}

func TestFitLineRefusesDegenerateData(t *testing.T) {
	for _, c := range []struct{ x, y []float64 }{
		{[]float64{2, 2, 2}, []float64{1, 2, 3}},
		{[]float64{5}, []float64{1}},
		{nil, nil},
		{[]float64{1e8, 1e8}, []float64{0, 1}},
	} {
		s, b, err := FitLine(c.x, c.y)
		if err == nil {
			expect.Failf(t, "FitLine(x=%s, y=%s)\n  expected an error (no unique line)\n  got      slope %g, intercept %g, no error\n  next: when every x is the same (or there are fewer than two points) the system is singular; say so with an error.",
				expect.Format(c.x), expect.Format(c.y), s, b)
		}
	}
}
