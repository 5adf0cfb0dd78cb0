package ch04

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestLinRegGrad(t *testing.T) {
	cases := []struct {
		X     [][]float64
		y, w  []float64
		b     float64
		wantW []float64
		wantB float64
	}{
		// one feature: residuals 1 and 2
		{[][]float64{{1}, {2}}, []float64{1, 1}, []float64{1}, 1, []float64{2.5}, 1.5},
		// two features, exact fit: zero gradient
		{[][]float64{{1, 0}, {0, 1}, {1, 1}}, []float64{3, 4, 6}, []float64{2, 3}, 1, []float64{0, 0}, 0},
		// residuals −1, 2, 5 (with w = 0 they are b − y)
		{[][]float64{{1, 2}, {3, 4}, {5, 6}}, []float64{1, -2, -5}, []float64{0, 0}, 0, []float64{(-1 + 6 + 25) / 3.0, (-2 + 8 + 30) / 3.0}, 2},
		{nil, nil, []float64{1, 2}, 3, []float64{0, 0}, 0},
	}
	for _, c := range cases {
		gw, gb := LinRegGrad(c.X, c.y, expect.Copy(c.w), c.b)
		call := fmt.Sprintf("LinRegGrad(X=%v, y=%s, w=%s, b=%g)", c.X, expect.Format(c.y), expect.Format(c.w), c.b)
		expect.Floats(t, call+" ∂J/∂w", gw, c.wantW, 1e-12,
			"∂J/∂wⱼ = (1/n)·Σᵢ rᵢ·X[i][j] with rᵢ = X[i]·w + b − y[i]; divide by n = len(X).")
		expect.Float(t, call+" ∂J/∂b", gb, c.wantB, 1e-12,
			"∂J/∂b = (1/n)·Σᵢ rᵢ: the bias sees the plain residuals.")
	}
}

func TestLinRegGradConvergesWith100Samples(t *testing.T) {
	// y = 3x + 2 on 100 points in [0, 2): the setting where the article's
	// gradient, without 1/n, diverges at η = 0.01.
	n := 100
	X := make([][]float64, n)
	y := make([]float64, n)
	for i := range n {
		x := 2 * float64(i) / float64(n)
		X[i] = []float64{x}
		y[i] = 3*x + 2
	}
	w, b := []float64{0}, 0.0
	for range 20000 {
		gw, gb := LinRegGrad(X, y, w, b)
		if len(gw) != 1 {
			t.Fatalf("LinRegGrad returned %d weight gradients for 1 feature\n  next: gradW needs one entry per weight.", len(gw))
		}
		w[0] -= 0.01 * gw[0]
		b -= 0.01 * gb
	}
	if math.IsNaN(w[0]) || math.Abs(w[0]-3) > 0.01 || math.Abs(b-2) > 0.01 {
		t.Errorf("20000 steps of gradient descent (η = 0.01) on y = 3x + 2, 100 samples\n  expected w ≈ 3, b ≈ 2\n  got      w = %.6g, b = %.6g\n  next: keep the 1/n; without it this learning rate is past the limit 2/L and the iteration blows up.", w[0], b)
	}
}
