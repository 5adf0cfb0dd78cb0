package code

import (
	"context"
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"descent/chapters/book"
	"descent/core/data"
	"descent/core/linreg"
)

// documentData is the first document's data as it meant it: n points of
// y = 1.5 − 2x + 0.5·noise (core/data's "linear" generator). numpy's
// seed-0 draws cannot be reproduced in Go, so the numbers differ from the
// document's, not the problem.
func documentData(n int, seed uint64) (x, y []float64, err error) {
	d, err := data.Generate("linear", n, seed)
	if err != nil {
		return nil, nil, err
	}
	for i := range d.X {
		x, y = append(x, d.X[i][0]), append(y, d.Y[i][0])
	}
	return x, y, nil
}

// runShapeError does what the document's code does, X.dot(theta) with X of
// one column and θ of two entries, then what it meant: a column of ones in
// front of x, so θ₀ is the intercept and θ₁ the slope.
func runShapeError(ctx context.Context, in book.Inputs, out book.Output) error {
	x, _, err := documentData(in.Int("n"), uint64(in.Int("seed")))
	if err != nil {
		return err
	}
	X := mat.NewDense(len(x), 1, x)                 // np.random.randn(100, 1)
	theta := mat.NewVecDense(2, []float64{1.5, -2}) // np.array([1.5, -2.0])
	if _, err := linreg.OriginalPrediction(X, theta); err != nil {
		out.Printf("as written:  %v\n", err)
	}
	withBias := linreg.WithBias(x)
	r, c := withBias.Dims()
	pred, err := linreg.OriginalPrediction(withBias, theta)
	if err != nil {
		return err
	}
	out.Printf("with a bias column: X is (%d,%d), θ is (2,), X·θ is (%d,)\n", r, c, pred.Len())
	out.Printf("first rows of [1 x] and 1.5 − 2x:\n")
	var rows [][]string
	for i := range min(3, r) {
		rows = append(rows, []string{fmt.Sprintf("%.4f", withBias.At(i, 0)), fmt.Sprintf("%.4f", withBias.At(i, 1)), fmt.Sprintf("%.4f", pred.AtVec(i))})
	}
	out.Printf("%s", book.Table([]string{"1", "x", "X·θ"}, rows))
	return nil
}

// descend runs θ ← θ − η·∇J(θ) from θ = 0 with one of core/linreg's
// gradients and returns the mean squared error after every step (+Inf once
// θ has overflowed).
func descend(X *mat.Dense, y *mat.VecDense, lr float64, steps int, grad linreg.Gradient) []float64 {
	_, cols := X.Dims()
	theta, g := mat.NewVecDense(cols, nil), mat.NewVecDense(cols, nil)
	errors := make([]float64, 0, steps)
	for range steps {
		grad(g, X, y, theta)
		theta.AddScaledVec(theta, -lr, g) // theta = theta - learning_rate * gradients
		errors = append(errors, linreg.MSE(X, y, theta))
	}
	return errors
}

// runMissingMean runs the document's loop with its gradient, 2·Xᵀ(Xθ − y),
// and with the gradient of the mean, (2/n)·Xᵀ(Xθ − y), and compares each
// learning rate with its stability limit 2/L.
func runMissingMean(ctx context.Context, in book.Inputs, out book.Output) error {
	x, y, err := documentData(in.Int("n"), uint64(in.Int("seed")))
	if err != nil {
		return err
	}
	X, yv := linreg.WithBias(x), mat.NewVecDense(len(y), y)
	lr, steps := in.Float("lr"), in.Int("iterations")
	sum := descend(X, yv, lr, steps, linreg.SumGradient)
	mean := descend(X, yv, lr, steps, linreg.MeanGradient)
	var rows [][]string
	for _, run := range []struct {
		name   string
		isMean bool
		errors []float64
	}{{"2·Xᵀ(Xθ − y)   (document)", false, sum}, {"(2/n)·Xᵀ(Xθ − y)  (fixed)", true, mean}} {
		L := linreg.Curvature(X, run.isMean)
		verdict := "converges"
		if lr >= 2/L {
			verdict = "diverges"
		}
		rows = append(rows, []string{run.name, fmt.Sprintf("%.4g", L), fmt.Sprintf("%.4g", 2/L), verdict,
			fmt.Sprintf("%.4g", run.errors[min(9, steps-1)]), fmt.Sprintf("%.4g", run.errors[steps-1])})
	}
	out.Printf("n = %d, η = %g, %d iterations\n", len(x), lr, steps)
	out.Printf("%s", book.Table([]string{"gradient", "L", "2/L", "result", "MSE, step 10", fmt.Sprintf("MSE, step %d", steps)}, rows))
	// Two charts: on one axis the diverging run would flatten the other.
	out.Frame(book.Curves([]book.Series{{Name: "without 1/n", Values: sum}},
		book.CurveOptions{LogY: true, Height: 8, Caption: "MSE after each step, the document's gradient"}) + "\n" +
		book.Curves([]book.Series{{Name: "with 1/n", Values: mean}},
			book.CurveOptions{LogY: true, Height: 8, Caption: "MSE after each step, the gradient of the mean"}))
	return nil
}

// runHowNMatters shows that the document's bug depends on the data size:
// the sum's curvature grows with n, so the same η = 0.01 is fine for a few
// points and diverges for many.
func runHowNMatters(ctx context.Context, in book.Inputs, out book.Output) error {
	lr := in.Float("lr")
	var rows [][]string
	for _, n := range []int{10, 30, 60, 80, 100, 300, 1000} {
		x, y, err := documentData(n, uint64(in.Int("seed")))
		if err != nil {
			return err
		}
		X, yv := linreg.WithBias(x), mat.NewVecDense(n, y)
		L := linreg.Curvature(X, false)
		result := linreg.Fit(X, yv, lr, 1000, linreg.SumGradient)
		verdict := "converges"
		if result.Diverged {
			verdict = "diverges"
		}
		rows = append(rows, []string{fmt.Sprint(n), fmt.Sprintf("%.4g", L), fmt.Sprintf("%.4g", 2/L), verdict})
	}
	out.Printf("the document's gradient (no 1/n), η = %g, 1000 iterations:\n", lr)
	out.Printf("%s", book.Table([]string{"n", "L ≈ 2n", "2/L", "result"}, rows))
	return nil
}

// runClosedForm checks the fixed gradient descent against the exact least
// squares answer, then makes the document's predictions for x = 0 … 4.
func runClosedForm(ctx context.Context, in book.Inputs, out book.Output) error {
	x, y, err := documentData(in.Int("n"), uint64(in.Int("seed")))
	if err != nil {
		return err
	}
	X, yv := linreg.WithBias(x), mat.NewVecDense(len(y), y)
	fit := linreg.Fit(X, yv, in.Float("lr"), in.Int("iterations"), linreg.MeanGradient)
	exact, err := linreg.LeastSquares(X, yv)
	if err != nil {
		return err
	}
	var gap mat.VecDense
	gap.SubVec(fit.Theta, exact)
	out.Printf("gradient descent (%d steps, η = %g): θ = [%.4f, %.4f], MSE %.4f\n",
		fit.Iterations, in.Float("lr"), fit.Theta.AtVec(0), fit.Theta.AtVec(1), fit.MSE)
	out.Printf("least squares (QR):                  θ = [%.4f, %.4f], MSE %.4f\n",
		exact.AtVec(0), exact.AtVec(1), linreg.MSE(X, yv, exact))
	out.Printf("largest difference: %.1e\n", mat.Norm(&gap, math.Inf(1)))
	// The error shrinks each step by at most |1 − η·λ| over the Hessian's
	// eigenvalues λ; the smallest one sets the pace.
	var H mat.SymDense
	H.SymOuterK(2/float64(len(x)), X.T())
	var eig mat.EigenSym
	if !eig.Factorize(&H, false) {
		return fmt.Errorf("eigenvalues of the Hessian did not converge")
	}
	lambda := eig.Values(nil)
	out.Printf("Hessian eigenvalues %.4f and %.4f: the slow one shrinks the error in θ by %.5f per step\n",
		lambda[0], lambda[1], 1-in.Float("lr")*lambda[0])
	out.Printf("\nPredictions for X_new = 0 … 4 (the document's X_new.dot(theta), with the bias column):\n")
	var rows [][]string
	for xNew := range 5 {
		rows = append(rows, []string{fmt.Sprint(xNew), fmt.Sprintf("%.4f", fit.Theta.AtVec(0)+fit.Theta.AtVec(1)*float64(xNew)),
			fmt.Sprintf("%.4f", 1.5-2*float64(xNew))})
	}
	out.Printf("%s", book.Table([]string{"x", "prediction", "true line 1.5 − 2x"}, rows))
	out.Frame(scatter(x, y, fit.Theta.AtVec(0), fit.Theta.AtVec(1), 60, 15))
	return nil
}

// scatter draws the document's plot in text: the points (x, y) as "·"
// and the fitted line θ₀ + θ₁·x as "*", on a width × height grid.
func scatter(x, y []float64, intercept, slope float64, width, height int) string {
	xMin, xMax, yMin, yMax := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for i := range x {
		xMin, xMax = math.Min(xMin, x[i]), math.Max(xMax, x[i])
		yMin, yMax = math.Min(yMin, y[i]), math.Max(yMax, y[i])
	}
	grid := make([][]rune, height)
	for r := range grid {
		grid[r] = []rune(strings.Repeat(" ", width))
	}
	cell := func(xv, yv float64) (int, int, bool) {
		c := int(math.Round((xv - xMin) / (xMax - xMin) * float64(width-1)))
		r := int(math.Round((yMax - yv) / (yMax - yMin) * float64(height-1)))
		return r, c, r >= 0 && r < height && c >= 0 && c < width
	}
	for c := range width {
		xv := xMin + (xMax-xMin)*float64(c)/float64(width-1)
		if r, c, ok := cell(xv, intercept+slope*xv); ok {
			grid[r][c] = '*'
		}
	}
	for i := range x {
		if r, c, ok := cell(x[i], y[i]); ok {
			grid[r][c] = '·'
		}
	}
	var b strings.Builder
	for r, row := range grid {
		label := "        "
		switch r {
		case 0:
			label = fmt.Sprintf("%7.2f ", yMax)
		case height - 1:
			label = fmt.Sprintf("%7.2f ", yMin)
		}
		b.WriteString(label + "│" + strings.TrimRight(string(row), " ") + "\n")
	}
	fmt.Fprintf(&b, "        └%s\n         x from %.2f to %.2f: data ·, fitted line *\n", strings.Repeat("─", width), xMin, xMax)
	return b.String()
}
