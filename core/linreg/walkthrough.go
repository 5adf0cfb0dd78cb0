package linreg

import (
	"fmt"
	"io"
	"math"

	"gonum.org/v1/gonum/mat"
)

// The document's settings.
const (
	DocumentLearningRate = 0.01
	DocumentIterations   = 1000
)

// Walkthrough runs the document's example on x, y three ways and writes
// what happens: the shape error, the divergence without 1/n, and the
// corrected fit checked against least squares. It returns the corrected θ.
func Walkthrough(w io.Writer, x, y []float64) (*mat.VecDense, error) {
	n := len(x)
	yv := mat.NewVecDense(n, append([]float64(nil), y...))
	lr, iters := DocumentLearningRate, DocumentIterations

	// Fault 1: X is one column, θ has two entries.
	_, err := OriginalPrediction(mat.NewDense(n, 1, append([]float64(nil), x...)), mat.NewVecDense(2, nil))
	fmt.Fprintf(w, "1. as written: %v\n", err)

	// Fault 2: with the bias column, but the gradient of the sum.
	X := WithBias(x)
	sum := Fit(X, yv, lr, iters, SumGradient)
	L := Curvature(X, false)
	fmt.Fprintf(w, "2. gradient without 1/n: L = %.4g, stable only for lr < 2/L = %.4g; lr = %g %s (error %.4g → %.4g after %d steps)\n",
		L, 2/L, lr, verdict(sum), sum.StartMSE, sum.MSE, sum.Iterations)

	// The fix: the gradient of the mean.
	mean := Fit(X, yv, lr, iters, MeanGradient)
	L = Curvature(X, true)
	fmt.Fprintf(w, "3. gradient with 1/n: L = %.4g, 2/L = %.4g; lr = %g %s: θ = [%.4f, %.4f], error %.4g\n",
		L, 2/L, lr, verdict(mean), mean.Theta.AtVec(0), mean.Theta.AtVec(1), mean.MSE)

	exact, err := LeastSquares(X, yv)
	if err != nil {
		return nil, err
	}
	var diff mat.VecDense
	diff.SubVec(mean.Theta, exact)
	fmt.Fprintf(w, "   least squares:           θ = [%.4f, %.4f]; gradient descent is within %.1g\n",
		exact.AtVec(0), exact.AtVec(1), mat.Norm(&diff, math.Inf(1)))
	return mean.Theta, nil
}

func verdict(r Result) string {
	if r.Diverged {
		return "diverges"
	}
	return "converges"
}
