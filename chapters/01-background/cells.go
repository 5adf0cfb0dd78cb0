package background

import (
	"context"
	_ "embed"
	"fmt"
	"math"

	"descent/chapters/book"
	"descent/core/loss"
	"descent/core/nn"
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
	for step := 0; step <= in.Int("steps"); step++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		for i, x := range xs {
			yPred[i][0] = theta[0]*x + theta[1]
		}
		J := loss.Mean(mseLoss, yTrue, yPred)
		curve = append(curve, J)
		if math.IsNaN(J) || math.IsInf(J, 0) || J > 1e12 {
			out.Printf("diverged at step %d: the loss reached %.3g\n", step, J)
			break
		}
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
			out.Frame(book.Curves([]book.Series{{Name: "MSE", Values: curve}}, book.CurveOptions{
				Width: 60, Height: 10, LogY: true, Caption: fmt.Sprintf("MSE per step (log scale), step %d", step)}))
		}
	}
	lsW, lsB := leastSquares(xs, ys)
	out.Printf("after %d steps: w = %.4f, b = %.4f, MSE = %.4f\n", len(curve)-1, theta[0], theta[1], curve[len(curve)-1])
	out.Printf("least squares:  w = %.4f, b = %.4f, MSE = %.4f\n\n", lsW, lsB, mse(lsW, lsB, xs, ys))
	out.Frame(book.Curves([]book.Series{{Name: "MSE", Values: curve}}, book.CurveOptions{
		Width: 60, Height: 10, LogY: true, Caption: "MSE per step (log scale)"}))
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
