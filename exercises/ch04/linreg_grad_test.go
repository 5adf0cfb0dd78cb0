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
		// one feature: residuals 1 and 3
		{[][]float64{{1}, {2}}, []float64{0, -1}, []float64{1}, 0, []float64{3.5}, 2},
		// two features, exact fit: zero gradient
		{[][]float64{{1, 0}, {0, 1}, {1, 1}}, []float64{3, 4, 6}, []float64{2, 3}, 1, []float64{0, 0}, 0},
		// residuals −1, 2, 5 (with w = 0 they are b − y)
		{[][]float64{{1, 2}, {3, 4}, {5, 6}}, []float64{1, -2, -5}, []float64{0, 0}, 0, []float64{(-1 + 6 + 25) / 3.0, (-2 + 8 + 30) / 3.0}, 2},
		// three features, four rows, a bias
		{[][]float64{{1, 0, 2}, {0, 1, -1}, {2, 2, 0}, {-1, 0.5, 1}}, []float64{0, 1, -1, 2}, []float64{0.5, -1, 0.25}, 0.5,
			// residuals 1.5, −1.75, 0.5, −2.25
			[]float64{1.1875, -0.46875, 0.625}, -0.5},
	}
	for _, c := range cases {
		gw, gb := LinRegGrad(c.X, expect.Copy(c.y), expect.Copy(c.w), c.b)
		call := fmt.Sprintf("LinRegGrad(X=%v, y=%s, w=%s, b=%g)", c.X, expect.Format(c.y), expect.Format(c.w), c.b)
		if len(gw) == len(c.wantW) && len(c.wantW) > 0 && c.wantB != 0 {
			n := float64(len(c.X))
			switch {
			case expect.Close(gw[0], n*c.wantW[0], 1e-9) && expect.Close(gb, n*c.wantB, 1e-9):
				expect.Failf(t, "%s\n  expected ∂J/∂w = %s, ∂J/∂b = %g\n  got      %s and %g: n = %g times too large\n  next: that is the gradient of the sum of squares; J is a mean, so divide by n.", call, expect.Format(c.wantW), c.wantB, expect.Format(gw), gb, n)
				continue
			case expect.Close(gw[0], 2*c.wantW[0], 1e-9) && expect.Close(gb, 2*c.wantB, 1e-9):
				expect.Failf(t, "%s\n  expected ∂J/∂w = %s, ∂J/∂b = %g\n  got      %s and %g: twice too large\n  next: J has a ½ in front, which cancels the 2 from the square.", call, expect.Format(c.wantW), c.wantB, expect.Format(gw), gb)
				continue
			case expect.Close(gb, -c.wantB, 1e-9):
				expect.Failf(t, "%s\n  expected ∂J/∂b = %g\n  got      %g: the sign is flipped\n  next: the residual is prediction minus target, rᵢ = xᵢ·w + b − yᵢ.", call, c.wantB, gb)
				continue
			}
		}
		expect.Floats(t, call+" ∂J/∂w", gw, c.wantW, 1e-12,
			"differentiate J = (1/2n)·Σ rᵢ² through rᵢ = xᵢ·w + b − yᵢ: each row contributes its residual times its feature.")
		expect.Float(t, call+" ∂J/∂b", gb, c.wantB, 1e-12,
			"the bias is a feature that is always 1: its gradient is the mean residual.")
	}
	gw, gb := LinRegGrad(nil, nil, []float64{1, 2}, 3)
	expect.Floats(t, "LinRegGrad(X=[], y=[], w=[1 2], b=3) ∂J/∂w", gw, []float64{0, 0}, 0, "with no rows, return len(w) zeros (and do not divide by n = 0).")
	expect.Float(t, "LinRegGrad(X=[], y=[], w=[1 2], b=3) ∂J/∂b", gb, 0, 0, "with no rows, ∂J/∂b is 0.")
}

func TestLinRegGradKeepsInputs(t *testing.T) {
	X := [][]float64{{1, 2}, {3, 4}}
	y, w := []float64{1, 2}, []float64{0.5, -0.5}
	gw, gb := LinRegGrad(X, y, w, 1)
	// residuals −0.5 and −1.5
	expect.Floats(t, "LinRegGrad(X=[[1 2] [3 4]], y=[1 2], w=[0.5 -0.5], b=1) ∂J/∂w", gw, []float64{-2.5, -3.5}, 1e-12,
		"each weight's gradient is the mean of residual times feature.")
	expect.Float(t, "LinRegGrad(X=[[1 2] [3 4]], y=[1 2], w=[0.5 -0.5], b=1) ∂J/∂b", gb, -1, 1e-12,
		"the bias's gradient is the mean residual.")
	expect.Floats(t, "w after LinRegGrad", w, []float64{0.5, -0.5}, 0, "compute the gradient into new slices; w is not yours to change.")
	expect.Floats(t, "y after LinRegGrad", y, []float64{1, 2}, 0, "y is not yours to change.")
	for i, want := range [][]float64{{1, 2}, {3, 4}} {
		if i < len(X) {
			expect.Floats(t, fmt.Sprintf("X[%d] after LinRegGrad", i), X[i], want, 0, "X is not yours to change (nor its rows: put the bias in the gradient, not in a column of X).")
		}
	}
}

func TestLinRegGradConvergesWith100Samples(t *testing.T) {
	// y = 3x + 2 on 100 points in [0, 2): with the gradient of the sum,
	// L = λ_max(XᵀX) is about 240 and η = 0.01 is past 2/L.
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
			expect.Fatalf(t, "LinRegGrad returned %d weight gradients for 1 feature\n  next: gradW needs one entry per weight.", len(gw))
		}
		w[0] -= 0.01 * gw[0]
		b -= 0.01 * gb
	}
	if math.IsNaN(w[0]) || math.Abs(w[0]-3) > 0.01 || math.Abs(b-2) > 0.01 {
		expect.Failf(t, "20000 steps of gradient descent (η = 0.01) on y = 3x + 2, 100 samples\n  expected w ≈ 3, b ≈ 2\n  got      w = %.6g, b = %.6g\n  next: keep the 1/n; without it this learning rate is past the limit 2/L and the iteration blows up.", w[0], b)
	}
}

// The gradient must be J's, whatever the shapes: compare with central
// differences of J = (1/2n)·Σ rᵢ² on five rows of three features.
func TestLinRegGradMatchesCentralDifferences(t *testing.T) {
	X := [][]float64{{0.3, -1.2, 2}, {1.5, 0.4, -0.7}, {-2, 0.9, 0.1}, {0.8, 1.1, 1.3}, {-0.4, -0.6, 0.5}}
	y := []float64{1.7, -0.3, 2.2, 0.9, -1.4}
	w, b := []float64{0.25, -0.5, 0.75}, -0.35
	cost := func(w []float64, b float64) float64 {
		s := 0.0
		for i, row := range X {
			r := b - y[i]
			for j, x := range row {
				r += x * w[j]
			}
			s += r * r
		}
		return s / (2 * float64(len(X)))
	}
	const h = 1e-6
	want := make([]float64, len(w))
	for j := range w {
		plus, minus := expect.Copy(w), expect.Copy(w)
		plus[j] += h
		minus[j] -= h
		want[j] = (cost(plus, b) - cost(minus, b)) / (2 * h)
	}
	wantB := (cost(w, b+h) - cost(w, b-h)) / (2 * h)
	gw, gb := LinRegGrad(X, expect.Copy(y), expect.Copy(w), b)
	call := "LinRegGrad(5 rows × 3 features, w = [0.25 -0.5 0.75], b = -0.35)"
	expect.Floats(t, call+" ∂J/∂w against central differences", gw, want, 1e-7,
		"each weight's partial derivative is the mean over the rows of residual times that row's feature.")
	expect.Float(t, call+" ∂J/∂b against central differences", gb, wantB, 1e-7,
		"the bias's partial derivative is the mean residual.")
}
