package background

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"

	"descent/chapters/book"
	"descent/core/loss"
	"descent/core/nn"
	"descent/core/num"
	"descent/core/optim"
)

//go:embed cells.go
var cellsSource []byte

// cells lists this chapter's cells in reading order.
func cells() []book.Cell {
	noise := book.Param{Name: "noise", Doc: "standard deviation σ of the noise around y = 2x + 1", Kind: book.Float, Default: 0.5, Min: 0, Max: 3}
	points := book.Param{Name: "points", Doc: "how many points n", Kind: book.Int, Default: 20, Min: 5, Max: 500}
	seed := book.Param{Name: "seed", Doc: "seed of the random points", Kind: book.Int, Default: 1, Min: 1, Max: 1000}
	return []book.Cell{
		{ID: "rank-lines", Title: "One number ranks four lines", Run: runRankLines,
			Source: book.MustSource(cellsSource, "runRankLines"),
			Params: []book.Param{noise, points, seed}},
		{ID: "loss-in-one-weight", Title: "The loss as a function of one weight", Run: runLossInOneWeight,
			Source: book.MustSource(cellsSource, "runLossInOneWeight"),
			Params: []book.Param{points, {Name: "intercept", Doc: "the intercept b held fixed while w varies", Kind: book.Float, Default: 1, Min: -5, Max: 5}}},
		{ID: "descend-a-line", Title: "Gradient descent fits the line", Run: runDescendALine,
			Source: book.MustSource(cellsSource, "runDescendALine"),
			Params: []book.Param{
				{Name: "lr", Doc: "learning rate η", Kind: book.Float, Default: 0.1, Min: 0.001, Max: 2, Log: true},
				{Name: "steps", Doc: "gradient-descent steps", Kind: book.Int, Default: 200, Min: 1, Max: 5000},
				points,
			}},
		{ID: "difference-quotients", Title: "Forward and central differences: the error against h", Run: runDifferenceQuotients,
			Source: book.MustSource(cellsSource, "runDifferenceQuotients"),
			Params: []book.Param{{Name: "function", Doc: "the function whose derivative is estimated", Kind: book.Choice,
				Choices: []string{"exp", "sin", "log"}, Choice: "exp"}}},
		{ID: "gradient-check", Title: "A gradient check: the largest relative error finds a bug the mean hides", Run: runGradientCheck,
			Source: book.MustSource(cellsSource, "runGradientCheck"),
			Params: []book.Param{
				{Name: "features", Doc: "weights d of the logistic regression (plus a bias)", Kind: book.Int, Default: 200, Min: 1, Max: 500},
				{Name: "h", Doc: "step h of the central differences", Kind: book.Float, Default: 1e-5, Min: 1e-9, Max: 1e-1, Log: true},
			}},
		{ID: "train-a-net", Title: "The same loop trains a network", Run: runTrainANet,
			Source: book.MustSource(cellsSource, "runTrainANet"),
			Params: []book.Param{
				{Name: "hidden", Doc: "units in the hidden layer", Kind: book.Int, Default: 8, Min: 1, Max: 64},
				{Name: "epochs", Doc: "passes over the data", Kind: book.Int, Default: 150, Min: 1, Max: 2000},
				{Name: "lr", Doc: "Adam's learning rate η", Kind: book.Float, Default: 0.05, Min: 1e-4, Max: 1, Log: true},
			}},
		{ID: "accuracy-vs-log-loss", Title: "Accuracy cannot tell these models apart; log loss can", Run: runAccuracyVsLogLoss,
			Source: book.MustSource(cellsSource, "runAccuracyVsLogLoss"),
			Params: []book.Param{{Name: "threshold", Doc: "probability above which a prediction counts as class 1", Kind: book.Float, Default: 0.5, Min: 0.05, Max: 0.95}}},
		{ID: "log-loss-brackets", Title: "The log-loss formula, with and without its brackets", Run: runLogLossBrackets,
			Source: book.MustSource(cellsSource, "runLogLossBrackets"),
			Params: []book.Param{{Name: "p-positive", Doc: "the model's probability for the samples whose label is 1", Kind: book.Float, Default: 0.8, Min: 0.01, Max: 0.99}}},
		{ID: "softmax-overflow", Title: "Softmax from the definition overflows; through log-sum-exp it does not", Run: runSoftmaxOverflow,
			Source: book.MustSource(cellsSource, "runSoftmaxOverflow"),
			Params: []book.Param{{Name: "gap", Doc: "difference between consecutive logits", Kind: book.Float, Default: 1, Min: 0, Max: 100}}},
		{ID: "softmax-gradient", Title: "The gradient of softmax cross-entropy is p − y", Run: runSoftmaxGradient,
			Source: book.MustSource(cellsSource, "runSoftmaxGradient"),
			Params: []book.Param{
				{Name: "class", Doc: "the true class k, counted from 0", Kind: book.Int, Default: 1, Min: 0, Max: 3},
				{Name: "scale", Doc: "multiply the logits by this", Kind: book.Float, Default: 1, Min: 0.1, Max: 10, Log: true},
			}},
		{ID: "cross-entropy-over-what", Title: "Cross-entropy sums over classes, then averages over samples", Run: runCrossEntropyOverWhat,
			Source: book.MustSource(cellsSource, "runCrossEntropyOverWhat"),
			Params: []book.Param{{Name: "copies", Doc: "how many times the six samples are repeated", Kind: book.Int, Default: 1, Min: 1, Max: 10}}},
		{ID: "label-smoothing", Title: "Hard targets push logits apart for ever; smoothed targets stop", Run: runLabelSmoothing,
			Source: book.MustSource(cellsSource, "runLabelSmoothing"),
			Params: []book.Param{
				{Name: "classes", Doc: "number of classes C", Kind: book.Int, Default: 10, Min: 2, Max: 100},
				{Name: "smoothing", Doc: "label smoothing s", Kind: book.Float, Default: 0.1, Min: 0, Max: 0.5},
				{Name: "steps", Doc: "gradient-descent steps", Kind: book.Int, Default: 10000, Min: 1, Max: 20000},
			}},
		{ID: "calibration", Title: "Same accuracy, different probabilities: calibration", Run: runCalibration,
			Source: book.MustSource(cellsSource, "runCalibration"),
			Params: []book.Param{{Name: "sharpness", Doc: "k in the model σ(k·x); the truth is k = 2", Kind: book.Float, Default: 8, Min: 0.1, Max: 50, Log: true}}},
		{ID: "empirical-risk", Title: "Training loss estimates the risk on new data", Run: runEmpiricalRisk,
			Source: book.MustSource(cellsSource, "runEmpiricalRisk"),
			Params: []book.Param{noise, {Name: "repeats", Doc: "datasets drawn per size, averaged", Kind: book.Int, Default: 200, Min: 10, Max: 2000}}},
	}
}

// runRankLines scores four candidate lines on the same points. The loss
// turns "how wrong is this line" into one number, so lines can be sorted.
func runRankLines(ctx context.Context, in book.Inputs, out book.Output) error {
	xs, ys := linePoints(in.Int("points"), in.Float("noise"), uint64(in.Int("seed")))
	lsW, lsB := leastSquares(xs, ys)
	candidates := []struct {
		name string
		w, b float64
	}{
		{"flat: y = 3", 0, 3},
		{"steep: y = 3x", 3, 0},
		{"the truth: y = 2x + 1", trueSlope, trueIntercept},
		{fmt.Sprintf("least squares: y = %.3fx + %.3f", lsW, lsB), lsW, lsB},
	}
	var rows [][]string
	for _, c := range candidates {
		rows = append(rows, []string{c.name, f4(mse(c.w, c.b, xs, ys)), f4(mae(c.w, c.b, xs, ys))})
	}
	out.Printf("%d points around y = 2x + 1, noise σ = %g\n\n", len(xs), in.Float("noise"))
	out.Printf("%s", book.Table([]string{"line", "MSE", "MAE"}, rows))
	return nil
}

// runLossInOneWeight holds the intercept fixed and plots the MSE against
// the slope w: a parabola with one lowest point. Finding that point is
// what "optimizing the loss" means.
func runLossInOneWeight(ctx context.Context, in book.Inputs, out book.Output) error {
	xs, ys := linePoints(in.Int("points"), 0.5, 1)
	b := in.Float("intercept")
	var ws, losses []float64
	for w := -1.0; w <= 5.0001; w += 0.1 {
		ws = append(ws, w)
		losses = append(losses, mse(w, b, xs, ys))
	}
	// Setting dJ/dw = (2/n)·Σ(w·xᵢ + b − yᵢ)·xᵢ to zero gives the best w.
	var sxy, sxx float64
	for i := range xs {
		sxy += xs[i] * (ys[i] - b)
		sxx += xs[i] * xs[i]
	}
	best := sxy / sxx
	out.Printf("%s", book.Curves([]book.Series{{Name: "MSE", Values: losses}}, book.CurveOptions{
		Width: 61, Height: 12, Caption: "MSE against w from −1 to 5 (b fixed)"}))
	out.Printf("\nlowest point: w = %.4f, MSE = %.4f\n", best, mse(best, b, xs, ys))
	return nil
}

// runDescendALine fits y = w·x + b by gradient descent on the MSE, using
// descent's own loss and optimizer packages: the loop every chapter after
// this one elaborates.
func runDescendALine(ctx context.Context, in book.Inputs, out book.Output) error {
	xs, ys := linePoints(in.Int("points"), 0.5, 1)
	n := len(xs)
	yTrue, yPred, dPred := make([][]float64, n), make([][]float64, n), make([][]float64, n)
	for i := range xs {
		yTrue[i], yPred[i], dPred[i] = []float64{ys[i]}, []float64{0}, []float64{0}
	}
	mseLoss := loss.MSE()
	opt, err := optim.New("sgd", map[string]float64{"lr": in.Float("lr")})
	if err != nil {
		return err
	}
	theta := []float64{0, 0} // w, b
	grad := make([]float64, 2)
	var curve []float64
	plot := func(caption string) {
		book.FrameCurves(out, []book.Series{{Name: "MSE", Values: curve}}, book.CurveOptions{
			Width: 60, Height: 10, LogY: true, Caption: caption})
	}
	for step := 0; step <= in.Int("steps"); step++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		for i, x := range xs {
			yPred[i][0] = theta[0]*x + theta[1]
		}
		J := loss.Mean(mseLoss, yTrue, yPred)
		if !num.Finite(J) || J > 1e12 {
			plot("MSE per step (log scale)")
			return book.Diverged("diverged at step %d: the loss passed 1e12 (η = %g is too large for this line)", step, in.Float("lr"))
		}
		curve = append(curve, J)
		if step == in.Int("steps") {
			break
		}
		// Chain rule: ∂J/∂w = Σᵢ ∂J/∂predᵢ·xᵢ and ∂J/∂b = Σᵢ ∂J/∂predᵢ.
		loss.GradOfMean(mseLoss, yTrue, yPred, dPred)
		grad[0], grad[1] = 0, 0
		for i, x := range xs {
			grad[0] += dPred[i][0] * x
			grad[1] += dPred[i][0]
		}
		opt.Step(theta, grad)
		if step%20 == 0 {
			// A live view for terminals; headless, only the last frame prints.
			plot(fmt.Sprintf("MSE per step (log scale), step %d", step))
		}
	}
	lsW, lsB := leastSquares(xs, ys)
	out.Printf("after %d steps: w = %.4f, b = %.4f, MSE = %.4f\n", len(curve)-1, theta[0], theta[1], curve[len(curve)-1])
	out.Printf("least squares:  w = %.4f, b = %.4f, MSE = %.4f\n\n", lsW, lsB, mse(lsW, lsB, xs, ys))
	plot("MSE per step (log scale)")
	return nil
}

// runDifferenceQuotients estimates f′(x) by the forward difference
// (f(x+h) − f(x))/h and the central difference (f(x+h) − f(x−h))/(2h) for
// h from 0.1 down to 1e-13, and prints each one's relative error. Shrinking
// h removes truncation error (∝ h and ∝ h²) but adds rounding error
// (∝ ε/h): each method has a best h.
func runDifferenceQuotients(ctx context.Context, in book.Inputs, out book.Output) error {
	fns := map[string]struct {
		f, df func(float64) float64
		x     float64
		label string
	}{
		"exp": {math.Exp, math.Exp, 1, "f(x) = eˣ at x = 1"},
		"sin": {math.Sin, math.Cos, 1, "f(x) = sin x at x = 1"},
		"log": {math.Log, func(x float64) float64 { return 1 / x }, 0.1, "f(x) = ln x at x = 0.1"},
	}
	fn := fns[in.Choice("function")]
	f, x, exact := fn.f, fn.x, fn.df(fn.x)
	var rows [][]string
	bestF, bestC := [2]float64{0, math.Inf(1)}, [2]float64{0, math.Inf(1)} // h, error
	for k := 1; k <= 13; k++ {
		h := math.Pow(10, -float64(k))
		forward := (f(x+h) - f(x)) / h
		central := (f(x+h) - f(x-h)) / (2 * h)
		ef, ec := relErr(forward, exact), relErr(central, exact)
		if ef < bestF[1] {
			bestF = [2]float64{h, ef}
		}
		if ec < bestC[1] {
			bestC = [2]float64{h, ec}
		}
		rows = append(rows, []string{num.Sig(h, 1), num.Sig(ef, 2), num.Sig(ec, 2)})
	}
	out.Printf("%s, f′(x) = %s; relative error |a − n|/(|a| + |n|) of each estimate n\n\n", fn.label, num.Sig(exact, 6))
	out.Printf("%s\n", book.Table([]string{"h", "forward (f(x+h) − f(x))/h", "central (f(x+h) − f(x−h))/(2h)"}, rows))
	out.Printf("best forward: h = %s, error %s\n", num.Sig(bestF[0], 1), num.Sig(bestF[1], 2))
	out.Printf("best central: h = %s, error %s\n", num.Sig(bestC[0], 1), num.Sig(bestC[1], 2))
	return nil
}

// runGradientCheck compares the hand-written gradient of a logistic
// regression's log loss with central differences, coordinate by
// coordinate, once for the right gradient and once for a gradient whose
// bias coordinate forgot the 1/n. The largest relative error finds the
// bug; the mean over all coordinates dilutes it.
func runGradientCheck(ctx context.Context, in book.Inputs, out book.Output) error {
	const n = 100
	d, h := in.Int("features"), in.Float("h")
	X, y := logisticData(n, d)
	theta := make([]float64, d+1) // weights, then the bias
	rng := rand.New(rand.NewPCG(3, 3))
	for j := range theta {
		theta[j] = 0.1 * rng.NormFloat64()
	}
	// J(θ) = (1/n)·Σᵢ [log(1 + e^zᵢ) − yᵢ·zᵢ],  zᵢ = w·xᵢ + b, the log loss
	// written on logits (it never takes the log of 0).
	J := func(th []float64) float64 {
		var s float64
		for i, row := range X {
			z := th[d]
			for j, v := range row {
				z += th[j] * v
			}
			s += math.Max(z, 0) + math.Log1p(math.Exp(-math.Abs(z))) - y[i]*z
		}
		return s / n
	}
	// ∂J/∂wⱼ = (1/n)·Σᵢ (σ(zᵢ) − yᵢ)·xᵢⱼ,  ∂J/∂b = (1/n)·Σᵢ (σ(zᵢ) − yᵢ).
	gradient := func(th []float64, biasBug bool) []float64 {
		g := make([]float64, d+1)
		for i, row := range X {
			z := th[d]
			for j, v := range row {
				z += th[j] * v
			}
			r := sigmoid(z) - y[i]
			for j, v := range row {
				g[j] += r * v / n
			}
			if biasBug {
				g[d] += r // the bug: no 1/n on the bias
			} else {
				g[d] += r / n
			}
		}
		return g
	}
	numeric := centralDiff(J, theta, h)
	var rows [][]string
	for _, bug := range []bool{false, true} {
		if err := ctx.Err(); err != nil {
			return err
		}
		analytic := gradient(theta, bug)
		worst, mean, at := 0.0, 0.0, 0
		for j := range analytic {
			e := relErr(analytic[j], numeric[j])
			mean += e / float64(len(analytic))
			if e > worst {
				worst, at = e, j
			}
		}
		name, where := "right", fmt.Sprintf("w%d", at+1)
		if bug {
			name = "bias without 1/n"
		}
		if at == d {
			where = "b"
		}
		rows = append(rows, []string{name, num.Sig(worst, 2), where, num.Sig(mean, 2)})
	}
	out.Printf("logistic regression, %d samples, %d weights and a bias; central differences with h = %g\n\n", n, d, h)
	out.Printf("%s", book.Table([]string{"analytic gradient", "largest relative error", "at", "mean relative error"}, rows))
	return nil
}

// runTrainANet classifies 200 points as inside or outside a circle, first
// with a straight line (logistic regression: one sigmoid unit), then with a
// network with one hidden layer. Both are core/nn models trained with the
// same loss (binary cross-entropy) and the same optimizer (Adam).
func runTrainANet(ctx context.Context, in book.Inputs, out book.Output) error {
	x, y := circlePoints(200, 4)
	models := []struct {
		name   string
		layers []*nn.DenseLayer
	}{
		{"a line: 2 → 1 sigmoid", []*nn.DenseLayer{nn.Dense(1, nn.Sigmoid())}},
		{fmt.Sprintf("a network: 2 → %d tanh → 1 sigmoid", in.Int("hidden")),
			[]*nn.DenseLayer{nn.Dense(in.Int("hidden"), nn.Tanh()), nn.Dense(1, nn.Sigmoid())}},
	}
	var rows [][]string
	var series []book.Series
	for _, m := range models {
		model, err := nn.NewSequential(2, 1, m.layers...)
		if err != nil {
			return err
		}
		opt, err := optim.New("adam", map[string]float64{"lr": in.Float("lr")})
		if err != nil {
			return err
		}
		if err := model.Compile(opt, loss.BinaryCrossentropy(), nn.BinaryAccuracy("accuracy")); err != nil {
			return err
		}
		h, err := model.Fit(ctx, x, y, nn.FitConfig{Epochs: in.Int("epochs"), BatchSize: 32, Shuffle: true, Seed: 1})
		if err != nil {
			return err
		}
		losses, acc := h.Values["loss"], h.Values["accuracy"]
		rows = append(rows, []string{m.name, fmt.Sprint(len(model.Params)), f4(losses[len(losses)-1]), f4(acc[len(acc)-1])})
		series = append(series, book.Series{Name: m.name, Values: losses})
	}
	out.Printf("200 points, label 1 inside the circle x² + y² < 1\n\n")
	out.Printf("%s\n", book.Table([]string{"model", "weights", "final log loss", "accuracy"}, rows))
	out.Printf("%s", book.Curves(series, book.CurveOptions{Width: 60, Height: 10, Caption: "log loss per epoch"}))
	return nil
}

// runAccuracyVsLogLoss compares three classifiers on six samples. Accuracy
// counts right answers; log loss also asks how sure each answer was.
func runAccuracyVsLogLoss(ctx context.Context, in book.Inputs, out book.Output) error {
	labels := []float64{1, 1, 1, 0, 0, 0}
	models := []struct {
		name  string
		probs []float64
	}{
		{"sure and right", []float64{0.9, 0.8, 0.9, 0.2, 0.1, 0.1}},
		{"barely right", []float64{0.6, 0.55, 0.6, 0.45, 0.4, 0.45}},
		{"one sure mistake", []float64{0.99, 0.99, 0.99, 0.01, 0.01, 0.99}},
	}
	threshold := in.Float("threshold")
	bce := loss.BinaryCrossentropy()
	var rows [][]string
	for _, m := range models {
		right := 0
		yTrue, yPred := make([][]float64, len(labels)), make([][]float64, len(labels))
		for i, p := range m.probs {
			yTrue[i], yPred[i] = []float64{labels[i]}, []float64{p}
			if (p > threshold) == (labels[i] == 1) {
				right++
			}
		}
		rows = append(rows, []string{m.name, fmt.Sprintf("%d/6", right), f4(loss.Mean(bce, yTrue, yPred))})
	}
	out.Printf("threshold %g\n\n%s", threshold, book.Table([]string{"model", "accuracy", "log loss"}, rows))
	return nil
}

// runLogLossBrackets computes the log loss two ways. The source article
// writes LL = −(1/n)·Σ yᵢ·log ŷᵢ + (1 − yᵢ)·log(1 − ŷᵢ) with no brackets, so
// the minus sign reaches only the first term. The negatives' prediction
// varies down the table: the right reading punishes a wrong 0.999, the
// bracketless one rewards it.
func runLogLossBrackets(ctx context.Context, in book.Inputs, out book.Output) error {
	pPos := in.Float("p-positive")
	labels := []float64{1, 1, 0, 0}
	var rows [][]string
	for _, pNeg := range []float64{0.001, 0.1, 0.5, 0.9, 0.999} {
		preds := []float64{pPos, pPos, pNeg, pNeg}
		var right, bracketless float64
		yTrue, yPred := make([][]float64, 4), make([][]float64, 4)
		for i, y := range labels {
			p := preds[i]
			right += -(y*math.Log(p) + (1-y)*math.Log(1-p)) / 4
			bracketless += (-y*math.Log(p) + (1-y)*math.Log(1-p)) / 4
			yTrue[i], yPred[i] = []float64{y}, []float64{p}
		}
		core := loss.Mean(loss.BinaryCrossentropy(), yTrue, yPred)
		rows = append(rows, []string{fmt.Sprint(pNeg), f4(right), f4(core), f4(bracketless)})
	}
	out.Printf("labels 1, 1, 0, 0; ŷ = %g for the 1s, ŷ₀ below for the 0s\n\n", pPos)
	out.Printf("%s", book.Table([]string{"ŷ₀", "−(1/n)Σ[y·log ŷ + (1−y)·log(1−ŷ)]", "core/loss", "without brackets"}, rows))
	return nil
}

// runSoftmaxOverflow computes softmax and cross-entropy for three logits
// (a, a + gap, a + 2·gap) twice: straight from the definition, and through
// log-sum-exp shifted by the largest logit. The definition breaks when
// exp overflows (a ≳ 709) or every exp underflows (a ≲ −745).
func runSoftmaxOverflow(ctx context.Context, in book.Inputs, out book.Output) error {
	gap := in.Float("gap")
	var rows [][]string
	for _, a := range []float64{0, 50, 500, 800, -800} {
		z := []float64{a, a + gap, a + 2*gap}
		var sum float64
		for _, v := range z {
			sum += math.Exp(v)
		}
		sumText, naiveP, naiveCE := num.G(sum), "", ""
		switch {
		case math.IsInf(sum, 1):
			sumText, naiveP, naiveCE = "overflows", "∞/∞: undefined", "undefined"
		case sum == 0:
			sumText, naiveP, naiveCE = "underflows to 0", "0/0: undefined", "undefined"
		default:
			p1 := math.Exp(z[0]) / sum
			naiveP = num.Sig(math.Exp(z[2])/sum, 4)
			if p1 == 0 {
				naiveCE = "−log 0: unbounded"
			} else {
				naiveCE = num.Fixed(-math.Log(p1), 4)
			}
		}
		p := softmax(z)
		ce := crossEntropy(z, []float64{1, 0, 0})
		rows = append(rows, []string{num.G(a), sumText, naiveP, naiveCE, num.Sig(p[2], 4), num.Fixed(ce, 4)})
	}
	out.Printf("logits z = (a, a + %g, a + %g); cross-entropy of class 1 (the first logit)\n\n", gap, 2*gap)
	out.Printf("%s", book.Table([]string{"a", "Σ exp(zⱼ)", "naive p₃", "naive CE", "p₃ via LSE", "CE = LSE(z) − z₁"}, rows))
	return nil
}

// runSoftmaxGradient prints the gradient of the softmax cross-entropy with
// respect to the logits, p − y, beside its central-difference estimate.
func runSoftmaxGradient(ctx context.Context, in book.Inputs, out book.Output) error {
	base := []float64{1.5, -0.5, 0.3, 2.2}
	k := in.Int("class")
	z := make([]float64, len(base))
	for j, v := range base {
		z[j] = in.Float("scale") * v
	}
	y := make([]float64, len(z))
	y[k] = 1
	p := softmax(z)
	numeric := centralDiff(func(z []float64) float64 { return crossEntropy(z, y) }, z, 1e-5)
	var rows [][]string
	worst := 0.0
	for j := range z {
		g := p[j] - y[j]
		worst = math.Max(worst, math.Abs(g-numeric[j]))
		rows = append(rows, []string{fmt.Sprint(j + 1), num.Fixed(z[j], 3), num.Fixed(p[j], 6), num.Fixed(y[j], 0),
			num.Fixed(g, 6), num.Fixed(numeric[j], 6)})
	}
	out.Printf("true class %d; CE = LSE(z) − z%s = %s\n\n", k+1, subscript(k+1), num.Fixed(crossEntropy(z, y), 4))
	out.Printf("%s\n", book.Table([]string{"j", "zⱼ", "pⱼ", "yⱼ", "pⱼ − yⱼ", "central difference"}, rows))
	out.Printf("largest |analytic − numeric| = %s\n", num.Sig(worst, 1))
	return nil
}

// subscript writes a small positive integer with Unicode subscript digits.
func subscript(n int) string {
	digits := []rune("₀₁₂₃₄₅₆₇₈₉")
	s := ""
	for _, c := range fmt.Sprint(n) {
		s += string(digits[c-'0'])
	}
	return s
}

// runCrossEntropyOverWhat scores two classifiers with the second document's
// H(p, q) = −Σᵢ₌₁ⁿ pᵢ·log qᵢ read with i running over the samples (pᵢ the
// label, qᵢ the prediction), and with the cross-entropy as it is meant: a
// sum over the two classes for each sample, averaged over the samples.
func runCrossEntropyOverWhat(ctx context.Context, in book.Inputs, out book.Output) error {
	copies := in.Int("copies")
	base := []float64{1, 1, 1, 0, 0, 0}
	models := []struct {
		name  string
		probs []float64
	}{
		{"sure and right", []float64{0.9, 0.8, 0.9, 0.2, 0.1, 0.1}},
		{"always ŷ = 0.99", []float64{0.99, 0.99, 0.99, 0.99, 0.99, 0.99}},
	}
	var rows [][]string
	for _, m := range models {
		var literal, mean float64
		right, n := 0, 0
		for range copies {
			for i, y := range base {
				q := m.probs[i]
				literal -= y * math.Log(q)
				// H over the classes {1, 0}: target (y, 1 − y), prediction (q, 1 − q).
				mean += -(y*math.Log(q) + (1-y)*math.Log(1-q))
				if (q > 0.5) == (y == 1) {
					right++
				}
				n++
			}
		}
		mean /= float64(n)
		rows = append(rows, []string{m.name, fmt.Sprintf("%d/%d", right, n), f4(literal), f4(mean)})
	}
	out.Printf("labels 1, 1, 1, 0, 0, 0, repeated %d time(s)\n\n", copies)
	out.Printf("%s", book.Table([]string{"model", "accuracy", "−Σᵢ yᵢ·log ŷᵢ over samples", "(1/n)·Σᵢ H(yᵢ, ŷᵢ)"}, rows))
	return nil
}

// runLabelSmoothing runs gradient descent on the C logits of one sample of
// class 1, with hard targets and with smoothed targets
// ỹ = (1 − s)·y + s/C. Hard targets have no finite minimizer, so the logit
// gap grows for ever; smoothed ones have their minimum at a finite gap.
func runLabelSmoothing(ctx context.Context, in book.Inputs, out book.Output) error {
	C, s, steps := in.Int("classes"), in.Float("smoothing"), in.Int("steps")
	const eta = 1.0 // the Hessian diag(p) − ppᵀ has eigenvalues ≤ ½, so η = 1 is stable
	targets := func(s float64) []float64 {
		y := make([]float64, C)
		for j := range y {
			y[j] = s / float64(C)
		}
		y[0] += 1 - s
		return y
	}
	type run struct {
		y, z []float64
	}
	runs := []run{{targets(0), make([]float64, C)}, {targets(s), make([]float64, C)}}
	var rows [][]string
	next := 10
	for t := 1; t <= steps; t++ {
		if t%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		for _, r := range runs {
			p := softmax(r.z)
			for j := range r.z {
				r.z[j] -= eta * (p[j] - r.y[j]) // ∇ = p − ỹ
			}
		}
		if t == next || t == steps {
			row := []string{fmt.Sprint(t)}
			for _, r := range runs {
				row = append(row, num.Fixed(r.z[0]-r.z[1], 4), num.Fixed(crossEntropy(r.z, r.y), 4))
			}
			rows = append(rows, row)
			for next <= t {
				next *= 10
			}
		}
	}
	out.Printf("%d classes, true class 1, gradient descent on the logits with η = 1\n\n", C)
	out.Printf("%s\n", book.Table([]string{"step", "gap z₁ − z₂ (s = 0)", "loss (s = 0)",
		fmt.Sprintf("gap (s = %g)", s), fmt.Sprintf("loss (s = %g)", s)}, rows))
	if s == 0 {
		out.Printf("with s = 0 both runs are the same: the loss falls towards 0 and the gap grows without bound\n")
		return nil
	}
	hi, lo := 1-s+s/float64(C), s/float64(C)
	minLoss := -hi * math.Log(hi)
	if C > 1 {
		minLoss -= float64(C-1) * lo * math.Log(lo)
	}
	out.Printf("smoothed optimum: gap = log((1 − s + s/C)/(s/C)) = %s, loss = H(ỹ) = %s\n",
		num.Fixed(math.Log(hi/lo), 4), num.Fixed(minLoss, 4))
	return nil
}

// runCalibration scores classifiers σ(k·x) on points whose true
// probability of class 1 is σ(2x). Every k > 0 makes the same decisions
// (the sign of x), so the same accuracy; only k = 2 gives probabilities
// that match the frequencies. The reliability table bins the predictions
// of one model and compares each bin's mean prediction with how often
// class 1 really occurred there.
func runCalibration(ctx context.Context, in book.Inputs, out book.Output) error {
	const n, bins = 5000, 10
	x, y := calibrationData(n)
	predict := func(k float64) []float64 {
		p := make([]float64, n)
		for i, v := range x {
			p[i] = sigmoid(k * v)
		}
		return p
	}
	k := in.Float("sharpness")
	table, ece := reliability(predict(k), y, bins)
	var rows [][]string
	for _, b := range table {
		r := []string{fmt.Sprintf("%.1f–%.1f", b.lo, b.hi), fmt.Sprint(b.count), "–", "–", "–"}
		if b.count > 0 {
			r[2], r[3], r[4] = f4(b.meanP), f4(b.meanY), f4(b.meanY-b.meanP)
		}
		rows = append(rows, r)
	}
	out.Printf("%d points, true P(y = 1 | x) = σ(2x); reliability of the model σ(%g·x)\n\n", n, k)
	out.Printf("%s", book.Table([]string{"predicted p", "count", "mean p", "fraction of 1s", "gap"}, rows))
	out.Printf("ECE = %s\n\n", f4(ece))
	var summary [][]string
	for _, kk := range []float64{0.5, 1, 2, 4, 8} {
		p := predict(kk)
		_, e := reliability(p, y, bins)
		var ll float64
		right := 0
		for i := range p {
			ll -= (y[i]*math.Log(math.Max(p[i], 1e-15)) + (1-y[i])*math.Log(math.Max(1-p[i], 1e-15))) / n
			if (p[i] > 0.5) == (y[i] == 1) {
				right++
			}
		}
		summary = append(summary, []string{fmt.Sprintf("σ(%g·x)", kk), f4(float64(right) / n), f4(ll), f4(e)})
	}
	out.Printf("%s", book.Table([]string{"model", "accuracy", "log loss", "ECE"}, summary))
	return nil
}

// runEmpiricalRisk fits least squares to many small datasets and compares
// the loss on the training points (the empirical risk) with the expected
// loss on new points (the risk), which for this problem has a closed form.
func runEmpiricalRisk(ctx context.Context, in book.Inputs, out book.Output) error {
	sigma := in.Float("noise")
	repeats := in.Int("repeats")
	var rows [][]string
	for _, n := range []int{5, 10, 20, 100, 1000} {
		var train, risk float64
		for r := 0; r < repeats; r++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			xs, ys := linePoints(n, sigma, uint64(1000*n+r))
			w, b := leastSquares(xs, ys)
			train += mse(w, b, xs, ys) / float64(repeats)
			// New x ~ U[0, 2): E[(a·x + c)²] = a²·E[x²] + 2ac·E[x] + c² with
			// E[x] = 1, E[x²] = 4/3, plus the noise σ² no line can remove.
			a, c := w-trueSlope, b-trueIntercept
			risk += (sigma*sigma + a*a*4/3 + 2*a*c + c*c) / float64(repeats)
		}
		rows = append(rows, []string{fmt.Sprint(n), f4(train), f4(risk), f4(risk - train)})
	}
	out.Printf("noise variance σ² = %.4f (the best any line can do)\n\n", sigma*sigma)
	out.Printf("%s", book.Table([]string{"n", "training MSE", "risk on new data", "gap"}, rows))
	return nil
}
