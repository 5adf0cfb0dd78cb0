package background

import (
	"math"
	"math/rand/v2"
	"strconv"
)

// The chapter's running example: n points scattered around the line
// y = 2x + 1. The truth is known, so every number a cell prints can be
// checked against it.
const (
	trueSlope     = 2.0
	trueIntercept = 1.0
)

// linePoints returns n points with x uniform in [0, 2) and y = 2x + 1 plus
// Gaussian noise of standard deviation sigma, drawn from a fixed seed so
// every run (and every reader) sees the same points.
func linePoints(n int, sigma float64, seed uint64) (xs, ys []float64) {
	rng := rand.New(rand.NewPCG(seed, 1))
	xs, ys = make([]float64, n), make([]float64, n)
	for i := range xs {
		xs[i] = 2 * rng.Float64()
		ys[i] = trueSlope*xs[i] + trueIntercept + sigma*rng.NormFloat64()
	}
	return xs, ys
}

// mse is the mean squared error of the line y = w·x + b on the points:
// (1/n)·Σ(w·xᵢ + b − yᵢ)².
func mse(w, b float64, xs, ys []float64) float64 {
	var s float64
	for i := range xs {
		r := w*xs[i] + b - ys[i]
		s += r * r
	}
	return s / float64(len(xs))
}

// mae is the mean absolute error: (1/n)·Σ|w·xᵢ + b − yᵢ|.
func mae(w, b float64, xs, ys []float64) float64 {
	var s float64
	for i := range xs {
		s += math.Abs(w*xs[i] + b - ys[i])
	}
	return s / float64(len(xs))
}

// leastSquares returns the line that minimizes the MSE, in closed form:
// w = cov(x, y)/var(x), b = ȳ − w·x̄.
func leastSquares(xs, ys []float64) (w, b float64) {
	n := float64(len(xs))
	var mx, my float64
	for i := range xs {
		mx += xs[i] / n
		my += ys[i] / n
	}
	var sxy, sxx float64
	for i := range xs {
		sxy += (xs[i] - mx) * (ys[i] - my)
		sxx += (xs[i] - mx) * (xs[i] - mx)
	}
	w = sxy / sxx
	return w, my - w*mx
}

// f4 formats a number with four decimals, the precision the prose quotes
// (and never "-0.0000").
func f4(v float64) string {
	if math.Abs(v) < 5e-5 {
		v = 0
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}

// circlePoints returns n points uniform in the square [−1.5, 1.5)², labelled
// 1 inside the unit circle and 0 outside: a boundary no straight line can
// draw.
func circlePoints(n int, seed uint64) (x, y [][]float64) {
	rng := rand.New(rand.NewPCG(seed, 4))
	x, y = make([][]float64, n), make([][]float64, n)
	for i := range x {
		a, b := 3*rng.Float64()-1.5, 3*rng.Float64()-1.5
		label := 0.0
		if a*a+b*b < 1 {
			label = 1
		}
		x[i], y[i] = []float64{a, b}, []float64{label}
	}
	return x, y
}
