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
		// x whose first and last, or first two, are equal: not all equal
		{[]float64{1, 3, 1}, []float64{2, 7, 4}, 2, 1},
		{[]float64{2, 2, 5}, []float64{1, 3, 8}, 2, -2},
		// x spread over 10⁻⁷: Σ(x − x̄)² is about 5e-14, small but not 0
		{[]float64{1e-7, 2e-7, 4e-7}, []float64{1, 3, 7}, 2e7, -1},
	}
	for _, c := range cases {
		x, y := expect.Copy(c.x), expect.Copy(c.y)
		s, b, err := FitLine(x, y)
		call := fmt.Sprintf("FitLine(x=%s, y=%s)", expect.Format(c.x), expect.Format(c.y))
		if err != nil {
			expect.Failf(t, "%s\n  expected slope %g, intercept %g\n  got      error %q\n  next: only refuse data whose x are all equal (or fewer than two points); these x take more than one value, so look at every one of them, not just two, and compare with exactly 0: a fixed small threshold depends on the units of x.", call, c.slope, c.intercept, err)
			continue
		}
		expect.Floats(t, "x after "+call, x, c.x, 0, "x is not yours to change: shift copies, or shift inside the sums.")
		expect.Floats(t, "y after "+call, y, c.y, 0, "y is not yours to change: shift copies, or shift inside the sums.")
		if expect.Close(b, 0, 1e-12) && c.intercept != 0 {
			expect.Failf(t, "%s\n  expected intercept %g\n  got      0 (slope %g)\n  next: the line has an intercept θ₀: the first normal equation, n·θ₀ + Σx·θ₁ = Σy, must hold too.", call, c.intercept, s)
			continue
		}
		expect.Float(t, call+" slope", s, c.slope, 1e-12, "solve both normal equations together; the slope is θ₁.")
		expect.Float(t, call+" intercept", b, c.intercept, 1e-12, "the intercept is θ₀: the line passes through the point of means (x̄, ȳ).")
	}
}

// Far from 0 the sums lose their digits: lines near x = 10⁸ and x = −3·10⁷.
func TestFitLineFarFromZero(t *testing.T) {
	for _, c := range []struct {
		name          string
		offset, slope float64
		at0           float64 // the line's value at x = offset
		dx, noise     []float64
	}{
		{"x = 10⁸ + [0 1 2 4], y ≈ 0.5·(x − 10⁸) + 3", 1e8, 0.5, 3, []float64{0, 1, 2, 4}, []float64{0.01, -0.02, 0.015, -0.005}},
		{"x = −3·10⁷ + [0 0.5 2 3 7], y ≈ −1.25·(x + 3·10⁷) + 10", -3e7, -1.25, 10, []float64{0, 0.5, 2, 3, 7}, []float64{0.02, -0.01, 0, 0.015, -0.03}},
	} {
		x := make([]float64, len(c.dx))
		y := make([]float64, len(c.dx))
		for i := range x {
			x[i] = c.offset + c.dx[i] // exactly representable
			y[i] = c.slope*c.dx[i] + c.at0 + c.noise[i]
		}
		s, b, err := FitLine(expect.Copy(x), expect.Copy(y))
		call := "FitLine(" + c.name + ")"
		if err != nil {
			expect.Failf(t, "%s\n  expected a line\n  got      error %q\n  next: these x differ, so a unique line exists; the determinant only looks like 0 when computed from raw sums.", call, err)
			continue
		}
		// The exact least-squares line of these points, computed in shifted
		// coordinates, where nothing cancels.
		wantAt0, wantSlope := leastSquares(c.dx, y)
		expect.Float(t, call+" slope", s, wantSlope, 1e-9,
			"in float64, n·Σx² − (Σx)² cancels to noise for x this far from 0. Shift x (and y) by their means before forming the sums: the slope does not change.")
		// The intercept at x = 0 is huge: check the line at the data instead.
		expect.Float(t, call+" prediction at the first x", s*x[0]+b, wantAt0, 1e-6,
			"with a slope right, the intercept follows from the point of means: θ₀ = ȳ − θ₁·x̄.")
	}
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
