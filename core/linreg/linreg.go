package linreg

import (
	"context"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// OriginalPrediction is the document's X.dot(theta) with a shape check:
// X must have one column per entry of θ.
func OriginalPrediction(X *mat.Dense, theta *mat.VecDense) (*mat.VecDense, error) {
	n, cols := X.Dims()
	if cols != theta.Len() {
		return nil, fmt.Errorf("shapes (%d,%d) and (%d,) not aligned: X has %d column(s) but θ has %d entries; add a column of ones for the bias",
			n, cols, theta.Len(), cols, theta.Len())
	}
	var pred mat.VecDense
	pred.MulVec(X, theta)
	return &pred, nil
}

// WithBias returns the design matrix [1 x]: a column of ones, so θ₀ is the
// intercept, then the feature.
func WithBias(x []float64) *mat.Dense {
	X := mat.NewDense(len(x), 2, nil)
	for i, v := range x {
		X.Set(i, 0, 1)
		X.Set(i, 1, v)
	}
	return X
}

// A Gradient writes ∂J/∂θ at θ into dst.
type Gradient func(dst *mat.VecDense, X *mat.Dense, y, theta *mat.VecDense)

// SumGradient is the document's gradient, 2·Xᵀ(Xθ − y): the gradient of
// J(θ) = Σᵢ (xᵢ·θ − yᵢ)², the sum of squared errors.
func SumGradient(dst *mat.VecDense, X *mat.Dense, y, theta *mat.VecDense) {
	var residual mat.VecDense
	residual.MulVec(X, theta)
	residual.SubVec(&residual, y)
	dst.MulVec(X.T(), &residual)
	dst.ScaleVec(2, dst)
}

// MeanGradient is the fix, (2/n)·Xᵀ(Xθ − y): the gradient of the mean
// squared error J(θ) = (1/n)·Σᵢ (xᵢ·θ − yᵢ)².
func MeanGradient(dst *mat.VecDense, X *mat.Dense, y, theta *mat.VecDense) {
	SumGradient(dst, X, y, theta)
	n, _ := X.Dims()
	dst.ScaleVec(1/float64(n), dst)
}

// Curvature returns L, the largest eigenvalue of the loss's Hessian: 2·XᵀX
// for the sum of squares, (2/n)·XᵀX for the mean. Gradient descent on this
// quadratic converges only when the learning rate is below 2/L.
func Curvature(X *mat.Dense, mean bool) float64 {
	var xtx mat.SymDense
	xtx.SymOuterK(1, X.T())
	scale := 2.0
	if mean {
		n, _ := X.Dims()
		scale /= float64(n)
	}
	var eig mat.EigenSym
	if !eig.Factorize(&xtx, false) {
		return math.NaN()
	}
	values := eig.Values(nil) // ascending
	return scale * values[len(values)-1]
}

// A Result is where gradient descent ended.
type Result struct {
	Theta      *mat.VecDense
	Iterations int     // steps taken
	StartMSE   float64 // mean squared error at θ = 0
	MSE        float64 // at the end (+Inf once θ overflowed)
	// Diverged is true when the error ended above where it started: on a
	// quadratic, a stable step size never makes the error grow.
	Diverged bool
}

// Fit runs iterations steps of θ ← θ − lr·∇J(θ) from θ = 0, stopping early
// if θ overflows.
func Fit(X *mat.Dense, y *mat.VecDense, lr float64, iterations int, grad Gradient) Result {
	r, _ := FitContext(context.Background(), X, y, lr, iterations, grad, nil)
	return r
}

// FitContext is Fit for a long run: it stops with ctx's error when ctx is
// done, and calls progress (if not nil) with the step count every 1000
// steps.
func FitContext(ctx context.Context, X *mat.Dense, y *mat.VecDense, lr float64, iterations int, grad Gradient, progress func(step int)) (Result, error) {
	_, cols := X.Dims()
	theta := mat.NewVecDense(cols, nil)
	g := mat.NewVecDense(cols, nil)
	r := Result{Theta: theta, StartMSE: MSE(X, y, theta)}
	for r.Iterations < iterations {
		if r.Iterations%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return r, err
			}
			if progress != nil && r.Iterations > 0 {
				progress(r.Iterations)
			}
		}
		grad(g, X, y, theta)
		theta.AddScaledVec(theta, -lr, g)
		r.Iterations++
		if !finite(theta) {
			break
		}
	}
	r.MSE = MSE(X, y, theta)
	r.Diverged = !(r.MSE <= r.StartMSE) // NaN counts as diverged
	return r, nil
}

// MSE is the mean squared error (1/n)·‖Xθ − y‖², +Inf when it overflows.
func MSE(X *mat.Dense, y, theta *mat.VecDense) float64 {
	var residual mat.VecDense
	residual.MulVec(X, theta)
	residual.SubVec(&residual, y)
	mse := mat.Dot(&residual, &residual) / float64(y.Len())
	if math.IsNaN(mse) {
		return math.Inf(1)
	}
	return mse
}

func finite(v *mat.VecDense) bool {
	for i := range v.Len() {
		if x := v.AtVec(i); math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// LeastSquares is the closed-form fit: the θ minimizing ‖Xθ − y‖², found by
// QR factorization (more stable than inverting XᵀX).
func LeastSquares(X *mat.Dense, y *mat.VecDense) (*mat.VecDense, error) {
	var theta mat.VecDense
	if err := theta.SolveVec(X, y); err != nil {
		return nil, fmt.Errorf("least squares: %w", err)
	}
	return &theta, nil
}
