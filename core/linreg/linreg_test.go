package linreg

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"descent/core/data"
)

func documentData(t *testing.T) (*mat.Dense, *mat.VecDense) {
	t.Helper()
	d, err := data.Generate("linear", 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	x := make([]float64, d.Len())
	y := mat.NewVecDense(d.Len(), nil)
	for i := range x {
		x[i] = d.X[i][0]
		y.SetVec(i, d.Y[i][0])
	}
	return WithBias(x), y
}

func TestOriginalPredictionShapes(t *testing.T) {
	_, err := OriginalPrediction(mat.NewDense(3, 1, []float64{1, 2, 3}), mat.NewVecDense(2, nil))
	if err == nil || !strings.Contains(err.Error(), "shapes (3,1) and (2,) not aligned") {
		t.Errorf("one column against two parameters: %v", err)
	}
	pred, err := OriginalPrediction(WithBias([]float64{1, 2, 3}), mat.NewVecDense(2, []float64{1.5, -2}))
	if err != nil || pred.AtVec(2) != 1.5-6 {
		t.Errorf("with the bias column: %v, %v", pred, err)
	}
}

// The step-size bound is sharp: just under 2/L converges, just over diverges.
func TestStabilityBoundIsTwoOverL(t *testing.T) {
	X, y := documentData(t)
	for _, mean := range []bool{false, true} {
		grad := SumGradient
		if mean {
			grad = MeanGradient
		}
		L := Curvature(X, mean)
		if r := Fit(X, y, 0.95*2/L, 2000, grad); r.Diverged {
			t.Errorf("mean=%v: lr = 0.95·2/L diverged", mean)
		}
		if r := Fit(X, y, 1.05*2/L, 2000, grad); !r.Diverged {
			t.Errorf("mean=%v: lr = 1.05·2/L converged", mean)
		}
	}
}

// Curvature agrees with the curvature of J along the top eigenvector,
// measured by finite differences of the gradient.
func TestCurvatureMatchesGradient(t *testing.T) {
	X, y := documentData(t)
	var xtx mat.SymDense
	xtx.SymOuterK(1, X.T())
	var eig mat.EigenSym
	eig.Factorize(&xtx, true)
	var vecs mat.Dense
	eig.VectorsTo(&vecs)
	top := mat.NewVecDense(2, []float64{vecs.At(0, 1), vecs.At(1, 1)})
	g0, g1 := mat.NewVecDense(2, nil), mat.NewVecDense(2, nil)
	MeanGradient(g0, X, y, mat.NewVecDense(2, nil))
	MeanGradient(g1, X, y, top) // J is quadratic, so a unit step is exact
	g1.SubVec(g1, g0)
	if got, want := mat.Norm(g1, 2), Curvature(X, true); math.Abs(got-want) > 1e-9*want {
		t.Errorf("curvature along the top eigenvector %.10g, Curvature says %.10g", got, want)
	}
}

func TestFitStopsWhenThetaOverflows(t *testing.T) {
	X, y := documentData(t)
	r := Fit(X, y, 1, 100000, SumGradient)
	if !r.Diverged || r.Iterations >= 100000 || !math.IsInf(r.MSE, 1) {
		t.Errorf("diverged %v after %d steps, error %v; want an early stop at +Inf", r.Diverged, r.Iterations, r.MSE)
	}
}

func TestCorrectedFitMatchesLeastSquares(t *testing.T) {
	X, y := documentData(t)
	r := Fit(X, y, DocumentLearningRate, DocumentIterations, MeanGradient)
	exact, err := LeastSquares(X, y)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if d := math.Abs(r.Theta.AtVec(i) - exact.AtVec(i)); d > 1e-6 {
			t.Errorf("θ%d: descent %.8f, least squares %.8f", i, r.Theta.AtVec(i), exact.AtVec(i))
		}
	}
}
