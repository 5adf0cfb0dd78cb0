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

// sigmoid is σ(z) = 1/(1 + e^(−z)), written so that neither branch
// overflows for large |z|.
func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// logSumExp is log Σⱼ exp(zⱼ), computed as m + log Σⱼ exp(zⱼ − m) with m
// the largest logit, so no exponential overflows.
func logSumExp(z []float64) float64 {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	var s float64
	for _, v := range z {
		s += math.Exp(v - m)
	}
	return m + math.Log(s)
}

// softmax returns exp(zⱼ − LSE(z)) for every j: probabilities that sum to 1.
func softmax(z []float64) []float64 {
	lse := logSumExp(z)
	p := make([]float64, len(z))
	for j, v := range z {
		p[j] = math.Exp(v - lse)
	}
	return p
}

// crossEntropy is −Σⱼ yⱼ·log softmax(z)ⱼ = Σⱼ yⱼ·(LSE(z) − zⱼ), for a target
// distribution y over the classes.
func crossEntropy(z, y []float64) float64 {
	lse := logSumExp(z)
	var s float64
	for j, v := range z {
		s += y[j] * (lse - v)
	}
	return s
}

// centralDiff estimates ∂f/∂xᵢ by (f(x + h·eᵢ) − f(x − h·eᵢ))/(2h) for
// every i, putting each x[i] back before moving on.
func centralDiff(f func([]float64) float64, x []float64, h float64) []float64 {
	g := make([]float64, len(x))
	for i := range x {
		xi := x[i]
		x[i] = xi + h
		plus := f(x)
		x[i] = xi - h
		minus := f(x)
		x[i] = xi
		g[i] = (plus - minus) / (2 * h)
	}
	return g
}

// relErr is the relative error |a − n|/max(|a| + |n|, 1e-12) of a gradient
// coordinate a against its numerical estimate n.
func relErr(a, n float64) float64 {
	return math.Abs(a-n) / math.Max(math.Abs(a)+math.Abs(n), 1e-12)
}

// logisticData returns n samples of d standard-normal features and labels
// drawn from a logistic model with random true weights, from a fixed seed.
func logisticData(n, d int) (X [][]float64, y []float64) {
	rng := rand.New(rand.NewPCG(11, uint64(d)))
	w := make([]float64, d)
	for j := range w {
		w[j] = rng.NormFloat64() / math.Sqrt(float64(d))
	}
	X, y = make([][]float64, n), make([]float64, n)
	for i := range X {
		X[i] = make([]float64, d)
		var z float64
		for j := range X[i] {
			X[i][j] = rng.NormFloat64()
			z += w[j] * X[i][j]
		}
		if rng.Float64() < sigmoid(2*z) {
			y[i] = 1
		}
	}
	return X, y
}

// calibrationData draws n points x ~ N(0, 1) with labels y ~ Bernoulli(σ(2x)):
// the model σ(2x) is exactly calibrated on them.
func calibrationData(n int) (x, y []float64) {
	rng := rand.New(rand.NewPCG(21, 21))
	x, y = make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = rng.NormFloat64()
		if rng.Float64() < sigmoid(2*x[i]) {
			y[i] = 1
		}
	}
	return x, y
}

// A reliabilityBin gathers the predictions that fell into one bin:
// how many, their mean predicted probability and the fraction of 1s.
type reliabilityBin struct {
	count        int
	meanP, meanY float64
	sumP, sumY   float64
	lo, hi       float64
}

// reliability sorts the predicted probabilities p of class 1 into `bins`
// equal-width bins of [0, 1] (p = 1 goes in the last) and returns each bin
// with the expected calibration error ECE = Σ_b (n_b/n)·|ȳ_b − p̄_b|.
func reliability(p, y []float64, bins int) ([]reliabilityBin, float64) {
	out := make([]reliabilityBin, bins)
	for b := range out {
		out[b].lo, out[b].hi = float64(b)/float64(bins), float64(b+1)/float64(bins)
	}
	for i, v := range p {
		b := min(int(v*float64(bins)), bins-1)
		out[b].count++
		out[b].sumP += v
		out[b].sumY += y[i]
	}
	var ece float64
	for b := range out {
		if c := out[b].count; c > 0 {
			out[b].meanP, out[b].meanY = out[b].sumP/float64(c), out[b].sumY/float64(c)
			ece += float64(c) / float64(len(p)) * math.Abs(out[b].meanY-out[b].meanP)
		}
	}
	return out, ece
}
