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
	}
	for _, c := range cases {
		s, b, err := FitLine(expect.Copy(c.x), expect.Copy(c.y))
		call := fmt.Sprintf("FitLine(x=%s, y=%s)", expect.Format(c.x), expect.Format(c.y))
		if err != nil {
			t.Errorf("%s\n  expected slope %g, intercept %g\n  got      error %q\n  next: only return an error when Σ(x − x̄)² is 0.", call, c.slope, c.intercept, err)
			continue
		}
		expect.Float(t, call+" slope", s, c.slope, 1e-12, "slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², with x̄ and ȳ the means.")
		expect.Float(t, call+" intercept", b, c.intercept, 1e-12, "intercept = ȳ − slope·x̄.")
	}
}

func TestFitLineRefusesDegenerateData(t *testing.T) {
	for _, c := range []struct{ x, y []float64 }{
		{[]float64{2, 2, 2}, []float64{1, 2, 3}},
		{[]float64{5}, []float64{1}},
		{nil, nil},
	} {
		s, b, err := FitLine(c.x, c.y)
		if err == nil {
			t.Errorf("FitLine(x=%s, y=%s)\n  expected an error (no unique line)\n  got      slope %g, intercept %g, no error\n  next: check Σ(x − x̄)² before dividing by it, and return errors.New(...) when it is 0 or there are fewer than two points.",
				expect.Format(c.x), expect.Format(c.y), s, b)
		}
	}
}
