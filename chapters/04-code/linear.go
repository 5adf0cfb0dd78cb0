package code

import (
	"context"
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"descent/chapters/book"
	"descent/core/linreg"
	"descent/core/num"
)

// documentData is the first document's data, drawn as its program draws
// them: np.random.seed(seed), X = np.random.randn(n, 1), then the noise
// np.random.randn(n, 1), and y = 1.5 − 2x + 0.5·noise, the line the program
// means. core/linreg's NumpyRandom reproduces numpy's legacy generator, so
// with seed 0 and n = 100 these are the document's own 100 points.
func documentData(n int, seed int) (x, y []float64) {
	x, _, y = linreg.DocumentData(n, uint32(seed))
	return x, y
}

// traceProgram follows the shapes of the document's program line by line
// with numpy's rules and stops at the first line numpy would reject, as
// Python does, returning numpy's complaint. bias adds the column of ones;
// flat draws the noise as a vector, np.random.randn(n), not a column.
func traceProgram(n int, bias, flat bool) (rows [][]string, failed error) {
	N := fmt.Sprint(n)
	add := func(code string, s shape, err error) bool {
		if err != nil {
			rows = append(rows, []string{code, "ValueError ↓"})
			failed = err
			return false
		}
		rows = append(rows, []string{code, s.String()})
		return true
	}
	X := shape{n, 1}
	add("X = np.random.randn("+N+", 1)", X, nil)
	if bias {
		X = shape{n, 2}
		add("X = np.c_[np.ones(("+N+", 1)), X]", X, nil)
	}
	signal, err := dotShape(X, shape{2})
	noiseCode, noise := "np.random.randn("+N+", 1)", shape{n, 1}
	if flat {
		noiseCode, noise = "np.random.randn("+N+")", shape{n}
	}
	code := "y = X.dot(np.array([1.5, -2.0])) + 0.5 * " + noiseCode
	if err != nil {
		add(code, nil, err)
		return rows, failed
	}
	y, err := broadcast(signal, noise)
	if !add(code, y, err) {
		return rows, failed
	}
	theta := shape{2}
	add("theta = np.zeros(2)", theta, nil)
	code = "gradients = 2 * X.T.dot(X.dot(theta) - y)"
	pred, _ := dotShape(X, theta)
	residual, err := broadcast(pred, y)
	if err != nil {
		add(code, nil, err)
		return rows, failed
	}
	gradients, err := dotShape(transpose(X), residual)
	if !add(code, gradients, err) {
		return rows, failed
	}
	updated, err := broadcast(theta, gradients)
	if err == nil && len(updated) != 1 {
		err = fmt.Errorf("theta became %v: every later line fails", updated)
	}
	if !add("theta = theta - learning_rate * gradients", updated, err) {
		return rows, failed
	}
	XNew, newCode := shape{5, 1}, "X_new.dot(theta)"
	if bias {
		XNew, newCode = shape{5, 2}, "X_new.dot(theta), X_new with its column of ones"
	}
	pred, err = dotShape(XNew, theta)
	add(newCode, pred, err)
	return rows, failed
}

// runShapeTrace runs the document's program on paper: the shape of every
// line, as written, with the bias column, and with the noise drawn as a
// vector too.
func runShapeTrace(ctx context.Context, in book.Inputs, out book.Output) error {
	n, seed := in.Int("n"), in.Int("seed")
	x, _ := documentData(n, seed)
	first := x[:min(3, n)]
	out.Printf("np.random.seed(%d); X = np.random.randn(%d, 1) starts %s, as in numpy\n\n", seed, n, num.Vector(first))
	for _, version := range []struct {
		title      string
		bias, flat bool
	}{
		{"as written", false, false},
		{"with a column of ones in X", true, false},
		{"with the ones, and the noise drawn as a vector", true, true},
	} {
		rows, failed := traceProgram(n, version.bias, version.flat)
		out.Printf("%s:\n%s", version.title, book.Table([]string{"line", "shape"}, rows))
		if failed != nil {
			out.Printf("ValueError: %v\n", failed)
		}
		out.Printf("\n")
	}
	return nil
}

// A descent is one run of θ ← θ − η·∇J(θ) from θ = 0.
type descent struct {
	errors     []float64 // mean squared error after each step
	divergedAt int       // the step at which the error passed 1e12, or 0
}

// descend runs the document's loop with one of core/linreg's gradients and
// records the mean squared error after every step. It stops once the
// error passes 1e12: by then θ is growing geometrically and the next
// hundred steps would only overflow.
func descend(ctx context.Context, X *mat.Dense, y *mat.VecDense, lr float64, steps int, grad linreg.Gradient) (descent, error) {
	_, cols := X.Dims()
	theta, g := mat.NewVecDense(cols, nil), mat.NewVecDense(cols, nil)
	var d descent
	for step := 1; step <= steps; step++ {
		if step%1000 == 0 && ctx.Err() != nil {
			return d, ctx.Err()
		}
		grad(g, X, y, theta)
		theta.AddScaledVec(theta, -lr, g) // theta = theta - learning_rate * gradients
		mse := linreg.MSE(X, y, theta)
		if !(mse < 1e12) {
			d.divergedAt = step
			break
		}
		d.errors = append(d.errors, mse)
	}
	return d, nil
}

// at describes the error after step (1-based) in words.
func (d descent) at(step int) string {
	if d.divergedAt > 0 && step >= d.divergedAt {
		return fmt.Sprintf("passed 1e12 at step %d", d.divergedAt)
	}
	return num.G(d.errors[step-1])
}

// runMissingMean runs the document's loop with its gradient, 2·Xᵀ(Xθ − y),
// and with the gradient of the mean, (2/n)·Xᵀ(Xθ − y), and compares each
// learning rate with its stability limit 2/L.
func runMissingMean(ctx context.Context, in book.Inputs, out book.Output) error {
	x, y := documentData(in.Int("n"), in.Int("seed"))
	X, yv := linreg.WithBias(x), mat.NewVecDense(len(y), y)
	lr, steps := in.Float("lr"), in.Int("iterations")
	var rows [][]string
	var curves []book.Series
	for _, run := range []struct {
		name, short string
		isMean      bool
		grad        linreg.Gradient
	}{
		{"2·Xᵀ(Xθ − y)   (document)", "without 1/n", false, linreg.SumGradient},
		{"(2/n)·Xᵀ(Xθ − y)  (fixed)", "with 1/n", true, linreg.MeanGradient},
	} {
		d, err := descend(ctx, X, yv, lr, steps, run.grad)
		if err != nil {
			return err
		}
		L := linreg.Curvature(X, run.isMean)
		verdict := "converges"
		if lr >= 2/L {
			verdict = "diverges"
		}
		rows = append(rows, []string{run.name, num.Sig(L, 5), num.Sig(2/L, 4), verdict, d.at(min(10, steps)), d.at(steps)})
		curves = append(curves, book.Series{Name: run.short, Values: d.errors})
	}
	out.Printf("n = %d, η = %g, %d iterations\n", len(x), lr, steps)
	out.Printf("%s", book.Table([]string{"gradient", "L", "2/L", "prediction", "MSE, step 10", fmt.Sprintf("MSE, step %d", steps)}, rows))
	book.PrintCurves(out, curves, book.CurveOptions{LogY: true, Height: 10,
		Caption: "mean squared error after each step (a run that passes 1e12 stops there)"})
	return nil
}

// runHowNMatters shows that the document's bug depends on the data size:
// the sum's curvature grows with n, so the same η = 0.01 is fine for a few
// points and diverges for many.
func runHowNMatters(ctx context.Context, in book.Inputs, out book.Output) error {
	lr := in.Float("lr")
	var rows [][]string
	for _, n := range []int{10, 30, 60, 80, 90, 100, 300, 1000} {
		x, y := documentData(n, in.Int("seed"))
		X, yv := linreg.WithBias(x), mat.NewVecDense(n, y)
		L := linreg.Curvature(X, false)
		d, err := descend(ctx, X, yv, lr, 1000, linreg.SumGradient)
		if err != nil {
			return err
		}
		verdict := "converges"
		if d.divergedAt > 0 {
			verdict = fmt.Sprintf("diverges (1e12 at step %d)", d.divergedAt)
		} else if last := d.errors[len(d.errors)-1]; last > d.errors[0] {
			verdict = "grows"
		}
		rows = append(rows, []string{fmt.Sprint(n), num.Sig(L, 5), num.Sig(2/L, 4), verdict})
	}
	out.Printf("the document's gradient (no 1/n), η = %g, 1000 iterations, np.random.seed(%d):\n", lr, in.Int("seed"))
	out.Printf("%s", book.Table([]string{"n", "L ≈ 2n", "2/L", "result"}, rows))
	return nil
}

// hessianOfMean returns the eigenvalues μ ≤ L of (2/n)·XᵀX, the Hessian of
// the mean squared error.
func hessianOfMean(X *mat.Dense) (mu, L float64, err error) {
	n, _ := X.Dims()
	var H mat.SymDense
	H.SymOuterK(2/float64(n), X.T())
	var eig mat.EigenSym
	if !eig.Factorize(&H, false) {
		return 0, 0, fmt.Errorf("eigenvalues of the Hessian did not converge")
	}
	lambda := eig.Values(nil)
	return lambda[0], lambda[len(lambda)-1], nil
}

// runClosedForm checks the fixed gradient descent against the exact least
// squares answer, then makes the document's predictions for x = 0 … 4.
func runClosedForm(ctx context.Context, in book.Inputs, out book.Output) error {
	x, y := documentData(in.Int("n"), in.Int("seed"))
	X, yv := linreg.WithBias(x), mat.NewVecDense(len(y), y)
	lr := in.Float("lr")
	exact, err := linreg.LeastSquares(X, yv)
	if err != nil {
		return err
	}
	mu, L, err := hessianOfMean(X)
	if err != nil {
		return err
	}
	out.Printf("least squares (QR):  θ = [%s, %s], MSE %s\n",
		num.Fixed(exact.AtVec(0), 4), num.Fixed(exact.AtVec(1), 4), num.Fixed(linreg.MSE(X, yv, exact), 4))
	// The error in θ shrinks each step by |1 − η·λ| along each eigenvector
	// of the Hessian; the worst of the two factors sets the pace.
	rate := math.Max(math.Abs(1-lr*mu), math.Abs(1-lr*L))
	out.Printf("Hessian eigenvalues μ = %s and L = %s: each step multiplies the error in θ by at most %s\n",
		num.Fixed(mu, 4), num.Fixed(L, 4), num.Sig(rate, 5))
	iterations := in.Int("iterations")
	fit, err := linreg.FitContext(ctx, X, yv, lr, iterations, linreg.MeanGradient, func(step int) {
		out.Progress("step %d/%d", step, iterations)
	})
	if err != nil {
		return err
	}
	if fit.Diverged {
		return book.Diverged("gradient descent with η = %g diverged (η > 2/L = %s): the error in θ grows by %s per step",
			lr, num.Sig(2/L, 4), num.Sig(rate, 4))
	}
	var gap mat.VecDense
	gap.SubVec(fit.Theta, exact)
	out.Printf("gradient descent:    θ = [%s, %s] after %d steps with η = %g, MSE %s\n",
		num.Fixed(fit.Theta.AtVec(0), 4), num.Fixed(fit.Theta.AtVec(1), 4), fit.Iterations, lr, num.Fixed(fit.MSE, 4))
	out.Printf("largest difference:  %s\n", num.Sig(mat.Norm(&gap, math.Inf(1)), 2))
	out.Printf("\nPredictions for X_new = 0 … 4 (the document's X_new.dot(theta), with the bias column):\n")
	var rows [][]string
	for xNew := range 5 {
		rows = append(rows, []string{fmt.Sprint(xNew), num.Fixed(fit.Theta.AtVec(0)+fit.Theta.AtVec(1)*float64(xNew), 4),
			num.Fixed(1.5-2*float64(xNew), 4)})
	}
	out.Printf("%s", book.Table([]string{"x", "prediction", "true line 1.5 − 2x"}, rows))
	out.Printf("%s", scatter(x, y, fit.Theta.AtVec(0), fit.Theta.AtVec(1), 60, 15))
	return nil
}

// stepsToReach runs gradient descent on the mean squared error with rate
// lr and returns how many steps it takes to bring θ within tol of the
// least-squares answer (0 if it has not after limit steps, −1 if it
// diverged).
func stepsToReach(ctx context.Context, X *mat.Dense, y, exact *mat.VecDense, lr, tol float64, limit int) (int, error) {
	_, cols := X.Dims()
	theta, g := mat.NewVecDense(cols, nil), mat.NewVecDense(cols, nil)
	var gap mat.VecDense
	for step := 1; step <= limit; step++ {
		if step%1000 == 0 && ctx.Err() != nil {
			return 0, ctx.Err()
		}
		linreg.MeanGradient(g, X, y, theta)
		theta.AddScaledVec(theta, -lr, g)
		gap.SubVec(theta, exact)
		switch d := mat.Norm(&gap, 2); {
		case d <= tol:
			return step, nil
		case !(d < 1e12):
			return -1, nil
		}
	}
	return 0, nil
}

// runChooseLR reads the learning rate off the Hessian: for the mean squared
// error it is constant, (2/n)·XᵀX, with eigenvalues μ ≤ L, and a step η
// multiplies the error along each eigenvector by 1 − η·λ. It tries the
// document's η and the rates the eigenvalues suggest.
func runChooseLR(ctx context.Context, in book.Inputs, out book.Output) error {
	x, y := documentData(in.Int("n"), in.Int("seed"))
	X, yv := linreg.WithBias(x), mat.NewVecDense(len(y), y)
	exact, err := linreg.LeastSquares(X, yv)
	if err != nil {
		return err
	}
	mu, L, err := hessianOfMean(X)
	if err != nil {
		return err
	}
	tol := in.Float("tol")
	const limit = 100000
	out.Printf("Hessian (2/n)·XᵀX: μ = %s, L = %s, κ = L/μ = %s\n", num.Fixed(mu, 4), num.Fixed(L, 4), num.Sig(L/mu, 4))
	var rows [][]string
	for _, c := range []struct {
		name string
		lr   float64
	}{
		{"the document's 0.01", 0.01},
		{"1/L", 1 / L},
		{"2/(μ + L)", 2 / (mu + L)},
		{"0.99·2/L", 0.99 * 2 / L},
		{"1.01·2/L", 1.01 * 2 / L},
	} {
		rate := math.Max(math.Abs(1-c.lr*mu), math.Abs(1-c.lr*L))
		steps, err := stepsToReach(ctx, X, yv, exact, c.lr, tol, limit)
		if err != nil {
			return err
		}
		result := fmt.Sprint(steps)
		switch steps {
		case -1:
			result = "diverges"
		case 0:
			result = fmt.Sprintf("more than %d", limit)
		}
		rows = append(rows, []string{c.name, num.Sig(c.lr, 4), num.Sig(rate, 4), result})
	}
	out.Printf("%s", book.Table([]string{"η", "value", "max |1 − ηλ|", fmt.Sprintf("steps to ‖θ − θ*‖ ≤ %g", tol)}, rows))
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
	if xMax == xMin || yMax == yMin {
		return "(too few distinct points to draw)\n"
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
