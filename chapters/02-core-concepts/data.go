package concepts

import (
	"math"
	"math/rand/v2"
	"strconv"

	"gonum.org/v1/gonum/mat"
)

// f4 formats with four decimals (and never "-0.0000").
func f4(v float64) string {
	if math.Abs(v) < 5e-5 {
		v = 0
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}

// g3 formats with three significant digits, for numbers that span many
// orders of magnitude.
func g3(v float64) string { return strconv.FormatFloat(v, 'g', 3, 64) }

// curvePoints samples y = sin(π·x) + noise at n points with x uniform in
// [−1, 1], from a fixed seed: a curve a polynomial of high degree can
// overfit.
func curvePoints(n int, noise float64, seed uint64) (xs, ys []float64) {
	rng := rand.New(rand.NewPCG(seed, 2))
	xs, ys = make([]float64, n), make([]float64, n)
	for i := range xs {
		xs[i] = 2*rng.Float64() - 1
		ys[i] = math.Sin(math.Pi*xs[i]) + noise*rng.NormFloat64()
	}
	return xs, ys
}

// powers returns the row 1, x, x², …, x^degree.
func powers(x float64, degree int) []float64 {
	row := make([]float64, degree+1)
	p := 1.0
	for j := range row {
		row[j] = p
		p *= x
	}
	return row
}

// ridge fits a polynomial of the given degree by minimizing
// (1/n)·Σ(pᵢ − yᵢ)² + α·Σⱼ₌₁ wⱼ², leaving the constant term unpenalized.
// Setting the gradient to zero gives (XᵀX/n + α·I′)·w = Xᵀy/n, which gonum
// solves.
func ridge(xs, ys []float64, degree int, alpha float64) ([]float64, error) {
	n, d := len(xs), degree+1
	X := mat.NewDense(n, d, nil)
	for i, x := range xs {
		X.SetRow(i, powers(x, degree))
	}
	var A mat.Dense
	A.Mul(X.T(), X)
	A.Scale(1/float64(n), &A)
	for j := 1; j < d; j++ {
		A.Set(j, j, A.At(j, j)+alpha)
	}
	var rhs, w mat.VecDense
	rhs.MulVec(X.T(), mat.NewVecDense(n, ys))
	rhs.ScaleVec(1/float64(n), &rhs)
	// A tiny α leaves the system badly conditioned; gonum then still
	// solves it and reports mat.Condition as a warning, which the table's
	// three digits can live with. Any other error is real.
	if err := w.SolveVec(&A, &rhs); err != nil {
		if _, ok := err.(mat.Condition); !ok {
			return nil, err
		}
	}
	return w.RawVector().Data, nil
}

// polyMSE is the mean squared error of the polynomial w on the points.
func polyMSE(w, xs, ys []float64) float64 {
	var s float64
	for i, x := range xs {
		var p float64
		for j := len(w) - 1; j >= 0; j-- { // Horner's rule
			p = p*x + w[j]
		}
		s += (p - ys[i]) * (p - ys[i])
	}
	return s / float64(len(xs))
}

// sparseProblem returns n samples of d features where only the first two
// matter: y = 3·x₁ − 2·x₂ + a little noise.
func sparseProblem(n, d int) (X [][]float64, y []float64) {
	rng := rand.New(rand.NewPCG(7, 7))
	X, y = make([][]float64, n), make([]float64, n)
	for i := range X {
		X[i] = make([]float64, d)
		for j := range X[i] {
			X[i][j] = rng.NormFloat64()
		}
		y[i] = 3*X[i][0] - 2*X[i][1] + 0.1*rng.NormFloat64()
	}
	return X, y
}

// mseGrad writes into g the gradient of (1/n)·Σ(xᵢ·w − yᵢ)²:
// (2/n)·Σ(xᵢ·w − yᵢ)·xᵢ.
func mseGrad(X [][]float64, y, w, g []float64) {
	clear(g)
	n := float64(len(X))
	for i, row := range X {
		var r float64
		for j, v := range row {
			r += v * w[j]
		}
		r -= y[i]
		for j, v := range row {
			g[j] += 2 * r * v / n
		}
	}
}

// linePoints is chapter 1's data: 20 points around y = 2x + 1, x in [0, 2).
func linePoints() (xs, ys []float64) {
	rng := rand.New(rand.NewPCG(1, 1))
	xs, ys = make([]float64, 20), make([]float64, 20)
	for i := range xs {
		xs[i] = 2 * rng.Float64()
		ys[i] = 2*xs[i] + 1 + 0.5*rng.NormFloat64()
	}
	return xs, ys
}

// lineLossAndGrad returns the MSE of y = w·x + b (θ = (w, b)) and writes
// its gradient into g.
func lineLossAndGrad(xs, ys, theta, g []float64) float64 {
	n := float64(len(xs))
	var J float64
	g[0], g[1] = 0, 0
	for i, x := range xs {
		r := theta[0]*x + theta[1] - ys[i]
		J += r * r / n
		g[0] += 2 * r * x / n
		g[1] += 2 * r / n
	}
	return J
}

// e0 formats a small weight by its order of magnitude: "3e-02", or "0" for
// an exact zero (of either sign).
func e0(v float64) string {
	if v == 0 {
		return "0"
	}
	return strconv.FormatFloat(v, 'e', 0, 64)
}

// logisticLossAndGrad returns the mean log loss of the classifier
// σ(w·x + b), θ = (w, b), on the labels, written on logits
// (log(1 + e^z) − y·z, which never takes the log of 0), and writes its
// gradient into g unless g is nil.
func logisticLossAndGrad(xs, labels, theta, g []float64) float64 {
	n := float64(len(xs))
	var J float64
	if g != nil {
		g[0], g[1] = 0, 0
	}
	for i, x := range xs {
		z := theta[0]*x + theta[1]
		J += (math.Max(z, 0) + math.Log1p(math.Exp(-math.Abs(z))) - labels[i]*z) / n
		if g != nil {
			r := 1/(1+math.Exp(-z)) - labels[i]
			g[0] += r * x / n
			g[1] += r / n
		}
	}
	return J
}

// tanhUnitLossAndGrad returns the MSE of the one-unit network
// y = v·tanh(w·x), θ = (v, w), and writes its gradient into g unless g is
// nil.
func tanhUnitLossAndGrad(xs, ys, theta, g []float64) float64 {
	n := float64(len(xs))
	v, w := theta[0], theta[1]
	var J float64
	if g != nil {
		g[0], g[1] = 0, 0
	}
	for i, x := range xs {
		a := math.Tanh(w * x)
		r := v*a - ys[i]
		J += r * r / n
		if g != nil {
			g[0] += 2 * r * a / n
			g[1] += 2 * r * v * (1 - a*a) * x / n
		}
	}
	return J
}
