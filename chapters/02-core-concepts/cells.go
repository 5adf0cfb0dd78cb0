package concepts

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize"

	"descent/chapters/book"
	"descent/core/num"
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
		{ID: "quadratic-in-2d", Title: "In two dimensions: every eigenvalue must allow the step", Run: runQuadraticInTwoD,
			Source: book.MustSource(cellsSource, "runQuadraticInTwoD"),
			Params: []book.Param{
				{Name: "a", Doc: "H₁₁", Kind: book.Float, Default: 3, Min: -10, Max: 10},
				{Name: "b", Doc: "H₁₂ = H₂₁", Kind: book.Float, Default: 4, Min: -10, Max: 10},
				{Name: "c", Doc: "H₂₂", Kind: book.Float, Default: -3, Min: -10, Max: 10},
			}},
		{ID: "convexity", Title: "Convex losses: chords above the graph, one minimum for every start", Run: runConvexity,
			Source: book.MustSource(landscapeSource, "runConvexity"),
			Params: []book.Param{{Name: "seed", Doc: "seed of the chords and the starting points", Kind: book.Int, Default: 1, Min: 1, Max: 1000}}},
		{ID: "conditioning", Title: "Steps to converge grow with the condition number κ = L/μ", Run: runConditioning,
			Source: book.MustSource(landscapeSource, "runConditioning"),
			Params: []book.Param{{Name: "tolerance", Doc: "stop when J has fallen to this fraction of its start", Kind: book.Float, Default: 1e-8, Min: 1e-14, Max: 0.1, Log: true}}},
		{ID: "saddle-census", Title: "In more dimensions, most critical points are saddles", Run: runSaddleCensus,
			Source: book.MustSource(landscapeSource, "runSaddleCensus"),
			Params: []book.Param{{Name: "seed", Doc: "seed of the random functions and the starts", Kind: book.Int, Default: 1, Min: 1, Max: 1000}}},
		{ID: "plateau", Title: "Near a saddle the gradient is small for a long time", Run: runPlateau,
			Source: book.MustSource(landscapeSource, "runPlateau"),
			Params: []book.Param{lr(0.1, 1)}},
		{ID: "when-to-stop", Title: "Four stopping rules on a problem whose minimum is unknown", Run: runWhenToStop,
			Source: book.MustSource(landscapeSource, "runWhenToStop"),
			Params: []book.Param{
				{Name: "kappa", Doc: "condition number κ of the quadratic", Kind: book.Float, Default: 100, Min: 1, Max: 1e4, Log: true},
				{Name: "tolerance", Doc: "tolerance of the gradient and relative-decrease rules", Kind: book.Float, Default: 1e-6, Min: 1e-12, Max: 1e-2, Log: true},
			}},
		{ID: "sgd-versus-gd", Title: "Stochastic gradients: more steps per pass, each noisier", Run: runSGDVersusGD,
			Source: book.MustSource(cellsSource, "runSGDVersusGD"),
			Params: []book.Param{lr(0.05, 0.5), {Name: "epochs", Doc: "passes over the 20 points", Kind: book.Int, Default: 10, Min: 1, Max: 500}}},
		{ID: "robbins-monro", Title: "A constant step stalls at a noise floor; ηₜ = 1/t converges", Run: runRobbinsMonro,
			Source: book.MustSource(landscapeSource, "runRobbinsMonro"),
			Params: []book.Param{
				{Name: "lr", Doc: "the constant learning rate η", Kind: book.Float, Default: 0.05, Min: 1e-3, Max: 1.5, Log: true},
				{Name: "runs", Doc: "independent runs averaged", Kind: book.Int, Default: 200, Min: 10, Max: 400},
			}},
		{ID: "decay-constant", Title: "In ηₜ = η₀/(t + t₀) the constant decides the rate", Run: runDecayConstant,
			Source: book.MustSource(landscapeSource, "runDecayConstant"),
			Params: []book.Param{
				{Name: "curvature", Doc: "h, the curvature of J(θ) = ½h(θ − 3)²", Kind: book.Float, Default: 0.2, Min: 0.05, Max: 2, Log: true},
				{Name: "runs", Doc: "independent runs averaged", Kind: book.Int, Default: 200, Min: 10, Max: 400},
			}},
		{ID: "regularization", Title: "An L2 penalty tames a wiggly polynomial; validation chooses α", Run: runRegularization,
			Source: book.MustSource(cellsSource, "runRegularization"),
			Params: []book.Param{
				{Name: "degree", Doc: "degree of the polynomial", Kind: book.Int, Default: 9, Min: 1, Max: 12},
				{Name: "points", Doc: "training points", Kind: book.Int, Default: 12, Min: 4, Max: 200},
				{Name: "seed", Doc: "seed of the training points", Kind: book.Int, Default: 3, Min: 1, Max: 1000},
			}},
		{ID: "l1-versus-l2", Title: "L1 zeroes weights; L2 only shrinks them", Run: runL1VersusL2,
			Source: book.MustSource(cellsSource, "runL1VersusL2"),
			Params: []book.Param{{Name: "alpha", Doc: "penalty strength α", Kind: book.Float, Default: 0.1, Min: 0, Max: 2}, steps(2000, 20000)}},
		{ID: "optimizer-is-not-gd", Title: "What Adam and RMSprop actually do with the gradient", Run: runOptimizerIsNotGD,
			Source: book.MustSource(cellsSource, "runOptimizerIsNotGD"),
			Params: []book.Param{lr(0.1, 1), {Name: "scale", Doc: "multiply the loss (and so its gradient) by this", Kind: book.Float, Default: 1, Min: 1e-3, Max: 1e3, Log: true}}},
		{ID: "beyond-gradient-descent", Title: "Minimizers that are not gradient descent", Run: runBeyondGradientDescent,
			Source: book.MustSource(cellsSource, "runBeyondGradientDescent"),
			Params: []book.Param{
				{Name: "kappa", Doc: "condition number κ of the bowl", Kind: book.Float, Default: 20, Min: 1, Max: 1000, Log: true},
				{Name: "angle", Doc: "rotation of the bowl's axes, in degrees", Kind: book.Float, Default: 30, Min: 0, Max: 90},
			}},
		{ID: "how-they-connect", Title: "Loss, gradient, learning rate, penalty and optimizer in one loop", Run: runHowTheyConnect,
			Source: book.MustSource(cellsSource, "runHowTheyConnect"),
			Params: []book.Param{steps(100, 2000), {Name: "alpha", Doc: "L2 penalty strength α", Kind: book.Float, Default: 0, Min: 0, Max: 1}}},
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
	book.PrintCurves(out, []book.Series{series[0], series[1], series[3], series[4], series[5]}, book.CurveOptions{
		Width: 50, Height: 10, LogY: true, Caption: "|θ| per step, log scale (η = 1/L reaches 0 at once and is left out)"})
	return nil
}

// runQuadraticInTwoD runs 200 steps of gradient descent (core/optim's
// sgd) on J(θ) = ½·θᵀHθ with H = [[a b] [b c]] from θ = (1, 1). Along
// each eigenvector of H a step multiplies θ by 1 − η·λᵢ; the eigenvalues
// come from gonum. A run whose |θ| passes 1e12 is reported as diverged.
func runQuadraticInTwoD(ctx context.Context, in book.Inputs, out book.Output) error {
	a, b, c := in.Float("a"), in.Float("b"), in.Float("c")
	var eig mat.EigenSym
	if !eig.Factorize(mat.NewSymDense(2, []float64{a, b, b, c}), false) {
		return book.BadInput("the eigenvalues of [[%g %g] [%g %g]] could not be computed", a, b, b, c)
	}
	lam := eig.Values(nil) // ascending: μ = λ_min, L = λ_max
	mu, L := lam[0], lam[1]
	etas := []float64{0.001, 0.01, 0.1}
	if L > 0 {
		etas = append(etas, 0.99*2/L, 1.01*2/L)
	}
	var rows [][]string
	for _, eta := range etas {
		opt, err := optim.New("sgd", map[string]float64{"lr": eta})
		if err != nil {
			return err
		}
		theta, g := []float64{1, 1}, make([]float64, 2)
		end := ""
		for step := 1; step <= 200; step++ {
			g[0], g[1] = a*theta[0]+b*theta[1], b*theta[0]+c*theta[1] // ∇J = Hθ
			opt.Step(theta, g)
			if n := math.Hypot(theta[0], theta[1]); !num.Finite(n) || n > 1e12 {
				end = fmt.Sprintf("diverged: passed 1e12 at step %d", step)
				break
			}
		}
		if end == "" {
			end = num.G(math.Hypot(theta[0], theta[1]))
		}
		rows = append(rows, []string{num.Sig(eta, 3), num.Sig(1-eta*mu, 3), num.Sig(1-eta*L, 3), end})
	}
	out.Printf("H = [[%g %g] [%g %g]]: eigenvalues μ = λ_min = %s, L = λ_max = %s", a, b, b, c, num.Sig(mu, 4), num.Sig(L, 4))
	if L > 0 {
		out.Printf(", 2/L = %s", num.Sig(2/L, 4))
	}
	out.Printf("\n|θ| after 200 steps of gradient descent from θ = (1, 1), |θ₀| = 1.414\n\n")
	out.Printf("%s", book.Table([]string{"η", "1 − η·μ", "1 − η·L", "|θ| after 200 steps"}, rows))
	return nil
}

// runSGDVersusGD fits chapter 1's line with the gradient of all 20 points
// per step (batch gradient descent), of 5 at a time (mini-batch) and of one
// at a time (stochastic), for the same number of passes over the data, and
// prints the loss on all 20 points after each pass. A run whose loss passes
// 1e6 (the start is about 11) is stopped and reported as diverged.
func runSGDVersusGD(ctx context.Context, in book.Inputs, out book.Output) error {
	xs, ys := linePoints()
	eta, epochs := in.Float("lr"), in.Int("epochs")
	var rows [][]string
	var series []book.Series
	var diverged []string
	for _, batch := range []int{20, 5, 1} {
		rng := rand.New(rand.NewPCG(5, uint64(batch))) // the shuffling order
		theta, g := []float64{0, 0}, make([]float64, 2)
		curve := []float64{lineLossAndGrad(xs, ys, theta, g)}
		steps, status := 0, ""
		for e := 0; e < epochs && status == ""; e++ {
			if err := ctx.Err(); err != nil {
				return err
			}
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
			J := lineLossAndGrad(xs, ys, theta, g)
			if !num.Finite(J) || J > 1e6 {
				status = fmt.Sprintf("diverged in pass %d", e+1)
				break
			}
			curve = append(curve, J)
		}
		name := fmt.Sprintf("batch %d", batch)
		last := num.Fixed(curve[len(curve)-1], 4)
		if status != "" {
			last = status
			diverged = append(diverged, name)
		}
		rows = append(rows, []string{name, fmt.Sprint(steps), last})
		series = append(series, book.Series{Name: name, Values: curve})
	}
	best, err := ridge(xs, ys, 1, 0) // the least-squares line, for reference
	if err != nil {
		return err
	}
	out.Printf("%d passes over 20 points, η = %g; the least-squares line has MSE %s\n\n", epochs, eta, f4(polyMSE(best, xs, ys)))
	out.Printf("%s\n", book.Table([]string{"gradient from", "steps", "MSE on all points"}, rows))
	book.PrintCurves(out, series, book.CurveOptions{Width: 50, Height: 10, LogY: true, Caption: "MSE on all 20 points after each pass (log scale)"})
	if len(diverged) > 0 {
		return book.Diverged("%s diverged: the loss passed 1e6 (η = %g is too large for single samples)", strings.Join(diverged, " and "), eta)
	}
	return nil
}

// runRegularization fits polynomials to a few noisy points of sin(πx)
// with an L2 penalty of strength α, for α on a grid. It chooses α by the
// MSE on 50 validation points, never seen in training, and only then
// scores the chosen fit, once, on 200 test points.
func runRegularization(ctx context.Context, in book.Inputs, out book.Output) error {
	deg := in.Int("degree")
	trainX, trainY := curvePoints(in.Int("points"), 0.2, uint64(in.Int("seed")))
	valX, valY := curvePoints(50, 0.2, 998)
	testX, testY := curvePoints(200, 0.2, 999)
	var rows [][]string
	bestAlpha, bestVal, bestW := 0.0, math.Inf(1), []float64(nil)
	for _, alpha := range []float64{1e-8, 1e-6, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10} {
		w, err := ridge(trainX, trainY, deg, alpha)
		if err != nil {
			return err
		}
		var norm float64
		for _, v := range w[1:] {
			norm += v * v
		}
		val := polyMSE(w, valX, valY)
		if val < bestVal {
			bestAlpha, bestVal, bestW = alpha, val, w
		}
		rows = append(rows, []string{g3(alpha), g3(polyMSE(w, trainX, trainY)), g3(val), g3(math.Sqrt(norm))})
	}
	out.Printf("degree %d, %d training points, 50 validation points, noise σ = 0.2\n\n", deg, len(trainX))
	out.Printf("%s\n", book.Table([]string{"α", "training MSE", "validation MSE", "‖w‖"}, rows))
	out.Printf("chosen by validation: α = %s; its MSE on 200 test points, measured once: %s\n", g3(bestAlpha), g3(polyMSE(bestW, testX, testY)))
	return nil
}

// runL1VersusL2 fits y = 3·x₁ − 2·x₂ (six more features are pure noise)
// by gradient descent with an L2 penalty ½α‖w‖², an L1 penalty α‖w‖₁ as
// a subgradient (core/optim's AddL1), and the same L1 penalty by its
// proximal step (soft thresholding), and prints the weights each finds.
func runL1VersusL2(ctx context.Context, in book.Inputs, out book.Output) error {
	const n, d = 50, 8
	X, y := sparseProblem(n, d)
	alpha, eta := in.Float("alpha"), 0.05
	fit := func(penalty string) []float64 {
		w, g := make([]float64, d), make([]float64, d)
		for step := 0; step < in.Int("steps"); step++ {
			mseGrad(X, y, w, g) // g = ∇ of (1/n)·Σ(xᵢ·w − yᵢ)²
			switch penalty {
			case "L2":
				optim.AddL2(g, w, alpha) // g += α·w, the gradient of ½α‖w‖²
			case "L1 subgradient":
				optim.AddL1(g, w, alpha) // g += α·sign(w)
			}
			for j := range w {
				w[j] -= eta * g[j]
			}
			if penalty == "L1 proximal" {
				// The proximal step for α‖w‖₁: shrink towards 0 by ηα, and stop at 0.
				for j := range w {
					w[j] = math.Copysign(math.Max(math.Abs(w[j])-eta*alpha, 0), w[j])
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
	out.Printf("α = %g, η = %g, %d steps\n\n%s", alpha, eta, in.Int("steps"), book.Table(header, rows))
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

// runBeyondGradientDescent minimizes the same rotated bowl
// f(θ) = ½(θ − θ*)ᵀA(θ − θ*), with eigenvalues 1 and κ, four ways, each
// until θ is within 1e-6 of θ*: gradient descent (η = 1/L); Newton's
// method, which also uses the Hessian; coordinate descent, which minimizes
// exactly along one coordinate at a time; and Nelder–Mead (gonum's
// optimize package), which uses values of f only.
func runBeyondGradientDescent(ctx context.Context, in book.Inputs, out book.Output) error {
	kappa, angle := in.Float("kappa"), in.Float("angle")*math.Pi/180
	c, sn := math.Cos(angle), math.Sin(angle)
	// A = R·diag(1, κ)·Rᵀ, R the rotation by the angle.
	A := [2][2]float64{{c*c + kappa*sn*sn, (1 - kappa) * c * sn}, {(1 - kappa) * c * sn, sn*sn + kappa*c*c}}
	opt := [2]float64{1, 2}
	start := [2]float64{-2, -1}
	f := func(x []float64) float64 {
		d0, d1 := x[0]-opt[0], x[1]-opt[1]
		return 0.5 * (d0*(A[0][0]*d0+A[0][1]*d1) + d1*(A[1][0]*d0+A[1][1]*d1))
	}
	partial := func(x []float64, i int) float64 { return A[i][0]*(x[0]-opt[0]) + A[i][1]*(x[1]-opt[1]) }
	dist := func(x []float64) float64 { return math.Hypot(x[0]-opt[0], x[1]-opt[1]) }
	const tol, limit = 1e-6, 1_000_000
	var rows [][]string
	add := func(name, uses string, iters int, evals string, x []float64) {
		rows = append(rows, []string{name, uses, fmt.Sprint(iters), evals, num.Sig(dist(x), 2)})
	}

	// Gradient descent: θ ← θ − η·∇f with η = 1/L = 1/κ (κ ≥ 1 is the largest eigenvalue).
	x := []float64{start[0], start[1]}
	k := 0
	for ; dist(x) > tol && k < limit; k++ {
		if k%10_000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		g0, g1 := partial(x, 0), partial(x, 1)
		x[0], x[1] = x[0]-g0/kappa, x[1]-g1/kappa
	}
	add("gradient descent, η = 1/L", "∇f", k, fmt.Sprintf("%d gradients", k), x)

	// Newton: θ ← θ − (∇²f)⁻¹·∇f. On a quadratic one step is exact.
	x = []float64{start[0], start[1]}
	k = 0
	for ; dist(x) > tol && k < 100; k++ {
		g0, g1 := partial(x, 0), partial(x, 1)
		det := A[0][0]*A[1][1] - A[0][1]*A[1][0]
		x[0] -= (A[1][1]*g0 - A[0][1]*g1) / det
		x[1] -= (-A[1][0]*g0 + A[0][0]*g1) / det
	}
	add("Newton's method", "∇f and ∇²f", k, fmt.Sprintf("%d gradient and %d Hessian", k, k), x)

	// Coordinate descent: for i = 1, 2 in turn, set θᵢ to the minimizer of
	// f along coordinate i, θᵢ − (∂f/∂θᵢ)/Aᵢᵢ. No step size, no full gradient.
	x = []float64{start[0], start[1]}
	k = 0
	for ; dist(x) > tol && k < limit; k++ {
		if k%10_000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		for i := range 2 {
			x[i] -= partial(x, i) / A[i][i]
		}
	}
	add("coordinate descent", "one ∂f/∂θᵢ at a time", k, fmt.Sprintf("%d partial derivatives", 2*k), x)

	// Nelder–Mead moves a triangle of points by comparing values of f.
	res, err := optimize.Minimize(optimize.Problem{Func: f}, []float64{start[0], start[1]},
		&optimize.Settings{Converger: &optimize.FunctionConverge{Absolute: 1e-16, Iterations: 40}, FuncEvaluations: 20000},
		&optimize.NelderMead{})
	if err != nil && res == nil {
		return err
	}
	add("Nelder–Mead (gonum)", "f only", res.Stats.MajorIterations, fmt.Sprintf("%d values of f", res.Stats.FuncEvaluations), res.X)

	out.Printf("f(θ) = ½(θ − θ*)ᵀA(θ − θ*), eigenvalues 1 and %g, axes turned %g°; from (−2, −1) to within 1e-6 of θ* = (1, 2)\n\n",
		kappa, in.Float("angle"))
	out.Printf("%s", book.Table([]string{"method", "uses", "iterations", "evaluations", "‖θ − θ*‖"}, rows))
	return nil
}

// runHowTheyConnect trains y = w·x + b on noisy points with each optimizer,
// the same loss, penalty and learning rate, and plots the loss curves.
func runHowTheyConnect(ctx context.Context, in book.Inputs, out book.Output) error {
	xs, ys := linePoints()
	alpha := in.Float("alpha")
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
			J += optim.L2Penalty(theta, alpha)     // the regularizer: ½α‖θ‖²
			optim.AddL2(g, theta, alpha)           // and its gradient αθ
			curve = append(curve, J)
			opt.Step(theta, g) // the optimizer decides the step from g
		}
		series = append(series, book.Series{Name: kind, Values: curve})
		rows = append(rows, []string{kind, f4(curve[len(curve)-1]), f4(theta[0]), f4(theta[1])})
	}
	out.Printf("%s\n", book.Table([]string{"optimizer (η = 0.05)", "final loss", "w", "b"}, rows))
	book.PrintCurves(out, series, book.CurveOptions{Width: 50, Height: 10, LogY: true, Caption: "loss per step (log scale)"})
	return nil
}
