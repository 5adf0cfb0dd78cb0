package concepts

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"descent/chapters/book"
	"descent/core/optim"
	"descent/core/surface"
)

//go:embed cells.go
var cellsSource []byte

func cells() []book.Cell {
	lr := func(def, max float64) book.Param {
		return book.Param{Name: "lr", Doc: "learning rate η", Kind: book.Float, Default: def, Min: 1e-4, Max: max, Log: true}
	}
	steps := func(def, max int) book.Param {
		return book.Param{Name: "steps", Doc: "how many steps", Kind: book.Int, Default: float64(def), Min: 1, Max: float64(max)}
	}
	return []book.Cell{
		{ID: "gd-by-hand", Title: "Gradient descent, one step at a time", Run: runGDByHand,
			Source: book.MustSource(cellsSource, "runGDByHand"),
			Params: []book.Param{lr(0.1, 2), steps(8, 100), {Name: "start", Doc: "starting point θ₀", Kind: book.Float, Default: 0, Min: -10, Max: 10}}},
		{ID: "sign-of-the-step", Title: "Minus, not plus: the direction of the step", Run: runSignOfTheStep,
			Source: book.MustSource(cellsSource, "runSignOfTheStep"),
			Params: []book.Param{lr(0.1, 1), steps(5, 50)}},
		{ID: "learning-rate-sweep", Title: "Too small, just right, too large", Run: runLearningRateSweep,
			Source: book.MustSource(cellsSource, "runLearningRateSweep"),
			Params: []book.Param{{Name: "curvature", Doc: "L, the second derivative of J(θ) = (L/2)·θ²", Kind: book.Float, Default: 4, Min: 0.1, Max: 100, Log: true}, steps(20, 200)}},
		{ID: "sgd-versus-gd", Title: "Stochastic gradients: more steps per pass, each noisier", Run: runSGDVersusGD,
			Source: book.MustSource(cellsSource, "runSGDVersusGD"),
			Params: []book.Param{lr(0.05, 0.5), {Name: "epochs", Doc: "passes over the 20 points", Kind: book.Int, Default: 10, Min: 1, Max: 500}}},
		{ID: "regularization", Title: "An L2 penalty tames a wiggly polynomial", Run: runRegularization,
			Source: book.MustSource(cellsSource, "runRegularization"),
			Params: []book.Param{
				{Name: "degree", Doc: "degree of the polynomial", Kind: book.Int, Default: 9, Min: 1, Max: 12},
				{Name: "points", Doc: "training points", Kind: book.Int, Default: 12, Min: 4, Max: 200},
				{Name: "seed", Doc: "seed of the points", Kind: book.Int, Default: 3, Min: 1, Max: 1000},
			}},
		{ID: "l1-versus-l2", Title: "L1 zeroes weights; L2 only shrinks them", Run: runL1VersusL2,
			Source: book.MustSource(cellsSource, "runL1VersusL2"),
			Params: []book.Param{{Name: "lambda", Doc: "penalty strength λ", Kind: book.Float, Default: 0.1, Min: 0, Max: 2}, steps(2000, 20000)}},
		{ID: "optimizer-is-not-gd", Title: "What Adam and RMSprop actually do with the gradient", Run: runOptimizerIsNotGD,
			Source: book.MustSource(cellsSource, "runOptimizerIsNotGD"),
			Params: []book.Param{lr(0.1, 1), {Name: "scale", Doc: "multiply the loss (and so its gradient) by this", Kind: book.Float, Default: 1, Min: 1e-3, Max: 1e3, Log: true}}},
		{ID: "how-they-connect", Title: "Loss, gradient, learning rate, penalty and optimizer in one loop", Run: runHowTheyConnect,
			Source: book.MustSource(cellsSource, "runHowTheyConnect"),
			Params: []book.Param{steps(100, 2000), {Name: "lambda", Doc: "L2 penalty strength λ", Kind: book.Float, Default: 0, Min: 0, Max: 1}}},
	}
}

// runGDByHand minimizes J(θ) = (θ − 3)², whose gradient is 2(θ − 3), and
// prints every quantity of every step.
func runGDByHand(ctx context.Context, in book.Inputs, out book.Output) error {
	J := func(t float64) float64 { return (t - 3) * (t - 3) }
	grad := func(t float64) float64 { return 2 * (t - 3) }
	eta, theta := in.Float("lr"), in.Float("start")
	var rows [][]string
	for t := 0; t <= in.Int("steps"); t++ {
		g := grad(theta)
		rows = append(rows, []string{fmt.Sprint(t), f4(theta), f4(J(theta)), f4(g), f4(-eta * g)})
		theta -= eta * g // the whole algorithm
	}
	out.Printf("J(θ) = (θ − 3)², η = %g\n\n%s", eta, book.Table([]string{"t", "θ", "J(θ)", "∇J(θ)", "step −η·∇J"}, rows))
	return nil
}

// runSignOfTheStep follows the first source document's words ("add the
// learning rate times the gradient") and its formula (subtract it) on the
// same J(θ) = (θ − 3)², from θ = 0.
func runSignOfTheStep(ctx context.Context, in book.Inputs, out book.Output) error {
	J := func(t float64) float64 { return (t - 3) * (t - 3) }
	grad := func(t float64) float64 { return 2 * (t - 3) }
	eta := in.Float("lr")
	minus, plus := 0.0, 0.0
	var rows [][]string
	for t := 0; t <= in.Int("steps"); t++ {
		rows = append(rows, []string{fmt.Sprint(t), f4(minus), f4(J(minus)), f4(plus), f4(J(plus))})
		minus -= eta * grad(minus) // θ ← θ − η·∇J: descent
		plus += eta * grad(plus)   // θ ← θ + η·∇J: ascent
	}
	out.Printf("%s", book.Table([]string{"t", "θ − η∇J", "J", "θ + η∇J", "J"}, rows))
	return nil
}

// runLearningRateSweep runs gradient descent on J(θ) = (L/2)·θ² from θ = 1
// for several η. Each step multiplies θ by (1 − η·L), so the run converges
// exactly when |1 − η·L| < 1, that is 0 < η < 2/L.
func runLearningRateSweep(ctx context.Context, in book.Inputs, out book.Output) error {
	L := in.Float("curvature")
	var rows [][]string
	var series []book.Series
	for _, k := range []float64{0.04, 0.4, 1, 1.8, 2, 2.2} { // η as a multiple of 1/L
		eta := k / L
		theta := 1.0
		values := []float64{math.Abs(theta)}
		for t := 0; t < in.Int("steps"); t++ {
			theta -= eta * L * theta // ∇J(θ) = L·θ
			values = append(values, math.Abs(theta))
		}
		factor := 1 - eta*L
		verdict := "converges"
		switch {
		case math.Abs(factor) >= 1 && factor < -1:
			verdict = "diverges"
		case math.Abs(factor) == 1:
			verdict = "bounces forever"
		case factor == 0:
			verdict = "one step"
		case factor < 0:
			verdict = "converges, oscillating"
		case factor > 0.9:
			verdict = "converges, slowly"
		}
		rows = append(rows, []string{g3(eta), g3(factor), g3(theta), verdict})
		series = append(series, book.Series{Name: fmt.Sprintf("η=%s", g3(eta)), Values: values})
	}
	out.Printf("J(θ) = (L/2)·θ² with L = %g, so 2/L = %s; θ₀ = 1, %d steps\n\n", L, g3(2/L), in.Int("steps"))
	out.Printf("%s\n", book.Table([]string{"η", "factor 1 − ηL", "θ at the end", "behaviour"}, rows))
	out.Printf("%s", book.Curves([]book.Series{series[0], series[1], series[3], series[5]}, book.CurveOptions{
		Width: 50, Height: 10, LogY: true, Caption: "|θ| per step, log scale (η = 1/L reaches 0 at once and is left out)"}))
	return nil
}

// runSGDVersusGD fits chapter 1's line with the gradient of all 20 points
// per step (batch gradient descent), of 5 at a time (mini-batch) and of one
// at a time (stochastic), for the same number of passes over the data, and
// prints the loss on all 20 points after each pass.
func runSGDVersusGD(ctx context.Context, in book.Inputs, out book.Output) error {
	xs, ys := linePoints()
	eta, epochs := in.Float("lr"), in.Int("epochs")
	var rows [][]string
	var series []book.Series
	for _, batch := range []int{20, 5, 1} {
		rng := rand.New(rand.NewPCG(5, uint64(batch))) // the shuffling order
		theta, g := []float64{0, 0}, make([]float64, 2)
		curve := []float64{lineLossAndGrad(xs, ys, theta, g)}
		steps := 0
		for e := 0; e < epochs; e++ {
			order := rng.Perm(len(xs))
			for start := 0; start < len(order); start += batch {
				idx := order[start:min(start+batch, len(order))]
				bx, by := make([]float64, len(idx)), make([]float64, len(idx))
				for k, i := range idx {
					bx[k], by[k] = xs[i], ys[i]
				}
				lineLossAndGrad(bx, by, theta, g) // the gradient of this batch only
				theta[0] -= eta * g[0]
				theta[1] -= eta * g[1]
				steps++
			}
			curve = append(curve, lineLossAndGrad(xs, ys, theta, g))
		}
		name := fmt.Sprintf("batch %d", batch)
		rows = append(rows, []string{name, fmt.Sprint(steps), f4(curve[len(curve)-1])})
		series = append(series, book.Series{Name: name, Values: curve})
	}
	best, err := ridge(xs, ys, 1, 0) // the least-squares line, for reference
	if err != nil {
		return err
	}
	out.Printf("%d passes over 20 points, η = %g; the least-squares line has MSE %s\n\n", epochs, eta, f4(polyMSE(best, xs, ys)))
	out.Printf("%s\n", book.Table([]string{"gradient from", "steps", "MSE on all points"}, rows))
	out.Printf("%s", book.Curves(series, book.CurveOptions{Width: 50, Height: 10, LogY: true, Caption: "MSE on all 20 points after each pass (log scale)"}))
	return nil
}

// runRegularization fits polynomials to a few noisy points of sin(πx),
// with an L2 penalty of growing strength λ, and scores each fit on the
// training points and on 200 fresh ones.
func runRegularization(ctx context.Context, in book.Inputs, out book.Output) error {
	deg := in.Int("degree")
	trainX, trainY := curvePoints(in.Int("points"), 0.2, uint64(in.Int("seed")))
	testX, testY := curvePoints(200, 0.2, 999)
	var rows [][]string
	for _, lambda := range []float64{1e-6, 1e-3, 1e-1, 10} {
		w, err := ridge(trainX, trainY, deg, lambda)
		if err != nil {
			return err
		}
		var norm float64
		for _, v := range w[1:] {
			norm += v * v
		}
		rows = append(rows, []string{g3(lambda), g3(polyMSE(w, trainX, trainY)), g3(polyMSE(w, testX, testY)), g3(math.Sqrt(norm))})
	}
	out.Printf("degree %d, %d training points, 200 test points, noise σ = 0.2\n\n", deg, len(trainX))
	out.Printf("%s", book.Table([]string{"λ", "training MSE", "test MSE", "‖w‖"}, rows))
	return nil
}

// runL1VersusL2 fits y = 3·x₁ − 2·x₂ (six more features are pure noise)
// by gradient descent with an L2 penalty, an L1 penalty as a subgradient
// (core/optim's AddL1), and an L1 penalty by soft-thresholding
// (proximal gradient), and prints the weights each finds.
func runL1VersusL2(ctx context.Context, in book.Inputs, out book.Output) error {
	const n, d = 50, 8
	X, y := sparseProblem(n, d)
	lambda, eta := in.Float("lambda"), 0.05
	fit := func(penalty string) []float64 {
		w, g := make([]float64, d), make([]float64, d)
		for step := 0; step < in.Int("steps"); step++ {
			mseGrad(X, y, w, g) // g = ∇ of (1/n)·Σ(xᵢ·w − yᵢ)²
			switch penalty {
			case "L2":
				optim.AddL2(g, w, lambda) // g += λ·w, the gradient of ½λ‖w‖²
			case "L1 subgradient":
				optim.AddL1(g, w, lambda) // g += λ·sign(w)
			}
			for j := range w {
				w[j] -= eta * g[j]
			}
			if penalty == "L1 proximal" {
				// The exact step for λ‖w‖₁: shrink towards 0 by ηλ, and stop at 0.
				for j := range w {
					w[j] = math.Copysign(math.Max(math.Abs(w[j])-eta*lambda, 0), w[j])
				}
			}
		}
		return w
	}
	header := []string{"penalty", "w₁ (3)", "w₂ (−2)", "w₃…w₈ (0)", "exact zeros"}
	var rows [][]string
	for _, p := range []string{"L2", "L1 subgradient", "L1 proximal"} {
		if err := ctx.Err(); err != nil {
			return err
		}
		w := fit(p)
		zeros, rest := 0, make([]string, 0, d-2)
		for j, v := range w {
			if v == 0 {
				zeros++
			}
			if j >= 2 {
				rest = append(rest, e0(v))
			}
		}
		rows = append(rows, []string{p, f4(w[0]), f4(w[1]), strings.Join(rest, " "), fmt.Sprint(zeros)})
	}
	out.Printf("λ = %g, η = %g, %d steps\n\n%s", lambda, eta, in.Int("steps"), book.Table(header, rows))
	return nil
}

// runOptimizerIsNotGD takes the first step of three optimizers from the
// same point of the bowl f = 0.1x² + 2y², and compares each step with the
// −η·∇f that "θ ← θ − η∇J" promises. Then it multiplies the loss by 1000,
// which multiplies the gradient by 1000, and steps again.
func runOptimizerIsNotGD(ctx context.Context, in book.Inputs, out book.Output) error {
	s := surface.Quadratic()
	eta, scale := in.Float("lr"), in.Float("scale")
	gx, gy := s.Gradient(s.Start.X, s.Start.Y)
	firstStep := func(kind string, k float64) (dx, dy float64, err error) {
		if kind == "" { // what the source document's formula says
			return -eta * k * gx, -eta * k * gy, nil
		}
		opt, err := optim.New(kind, map[string]float64{"lr": eta})
		if err != nil {
			return 0, 0, err
		}
		theta := []float64{s.Start.X, s.Start.Y}
		opt.Step(theta, []float64{k * gx, k * gy})
		return theta[0] - s.Start.X, theta[1] - s.Start.Y, nil
	}
	var rows [][]string
	for _, kind := range []string{"", "sgd", "rmsprop", "adam"} {
		name := kind
		if kind == "" {
			name = "−η·∇J (the formula)"
		}
		row := []string{name}
		for _, k := range []float64{scale, 1000 * scale} {
			dx, dy, err := firstStep(kind, k)
			if err != nil {
				return err
			}
			row = append(row, fmt.Sprintf("(%s, %s)", g3(dx), g3(dy)))
		}
		rows = append(rows, row)
	}
	out.Printf("from (%g, %g): ∇f = (%s, %s), η = %g\n\n", s.Start.X, s.Start.Y, g3(gx), g3(gy), eta)
	out.Printf("%s", book.Table([]string{"first step of", fmt.Sprintf("loss × %g", scale), fmt.Sprintf("loss × %g", 1000*scale)}, rows))
	return nil
}

// runHowTheyConnect trains y = w·x + b on noisy points with each optimizer,
// the same loss, penalty and learning rate, and plots the loss curves.
func runHowTheyConnect(ctx context.Context, in book.Inputs, out book.Output) error {
	xs, ys := linePoints()
	lambda := in.Float("lambda")
	var series []book.Series
	var rows [][]string
	for _, kind := range []string{"sgd", "rmsprop", "adam"} {
		opt, err := optim.New(kind, map[string]float64{"lr": 0.05})
		if err != nil {
			return err
		}
		theta, g := []float64{0, 0}, make([]float64, 2)
		var curve []float64
		for step := 0; step < in.Int("steps"); step++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			J := lineLossAndGrad(xs, ys, theta, g) // the loss and its gradient
			J += optim.L2Penalty(theta, lambda)    // the regularizer: ½λ‖θ‖²
			optim.AddL2(g, theta, lambda)          // and its gradient λθ
			curve = append(curve, J)
			opt.Step(theta, g) // the optimizer decides the step from g
		}
		series = append(series, book.Series{Name: kind, Values: curve})
		rows = append(rows, []string{kind, f4(curve[len(curve)-1]), f4(theta[0]), f4(theta[1])})
	}
	out.Printf("%s\n", book.Table([]string{"optimizer (η = 0.05)", "final loss", "w", "b"}, rows))
	out.Frame(book.Curves(series, book.CurveOptions{Width: 50, Height: 10, LogY: true, Caption: "loss per step (log scale)"}))
	return nil
}
