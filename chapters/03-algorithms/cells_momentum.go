package algorithms

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"strings"

	"descent/chapters/book"
	"descent/core/surface"
	"descent/core/train"
)

//go:embed cells_momentum.go
var momentumSource []byte

func momentumCells() []book.Cell {
	lr := func(def, min, max float64) book.Param {
		return book.Param{Name: "lr", Doc: "learning rate η", Kind: book.Float, Default: def, Min: min, Max: max, Log: true}
	}
	beta := func(def float64) book.Param {
		return book.Param{Name: "beta", Doc: "momentum β", Kind: book.Float, Default: def, Min: 0, Max: 0.99}
	}
	kappa := book.Param{Name: "kappa", Doc: "condition number κ of the ellipse ½(x² + κy²)", Kind: book.Float, Default: 100, Min: 1, Max: 10000, Log: true}
	return []book.Cell{
		{ID: "momentum-double-count", Title: "Document 001's \"Momentum + SGD\" line against the heavy ball", Run: runMomentumDoubleCount,
			Source: book.MustSource(momentumSource, "runMomentumDoubleCount"),
			Params: []book.Param{lr(0.5, 0.001, 1), beta(0.5),
				{Name: "steps", Doc: "steps per run", Kind: book.Int, Default: 30, Min: 1, Max: 1000}}},
		{ID: "momentum-roots", Title: "The two roots of momentum on each direction of the bowl", Run: runMomentumRoots,
			Source: book.MustSource(momentumSource, "runMomentumRoots") + "\n\n" + book.MustSource(momentumSource, "momentumRoots"),
			Params: []book.Param{lr(0.05, 0.001, 1), beta(0.8)}},
		{ID: "phase-diagram", Title: "The η–β phase diagram of momentum on one direction", Run: runPhaseDiagram,
			Source: book.MustSource(momentumSource, "runPhaseDiagram"),
			Params: []book.Param{lr(0.05, 0.001, 1), beta(0.8)}},
		{ID: "paths", Title: "Three paths across the same bowl", Run: runPaths,
			Source: book.MustSource(momentumSource, "runPaths"),
			Params: []book.Param{
				{Name: "steps", Doc: "steps per path", Kind: book.Int, Default: 40, Min: 1, Max: 2000},
				lr(0.45, 0.001, 1),
			}},
		{ID: "momentum-polyak", Title: "Momentum with Polyak's best (η, β) against the best plain step", Run: runMomentumPolyak,
			Source: book.MustSource(momentumSource, "runMomentumPolyak"),
			Params: []book.Param{kappa}},
		{ID: "heavy-ball", Title: "Tuning the heavy ball on κ = 100 by hand", Run: runHeavyBall,
			Source: book.MustSource(momentumSource, "runHeavyBall"),
			Params: []book.Param{lr(0.01, 1e-4, 0.1), beta(0.9)}},
		{ID: "sqrt-kappa", Title: "Steps to 1e-6 against κ: the √κ lower bound and who reaches it", Run: runSqrtKappa,
			Source: book.MustSource(momentumSource, "runSqrtKappa"),
			Params: []book.Param{{Name: "tol", Doc: "stop when ‖θ − θ*‖ has fallen to this fraction of its start", Kind: book.Float, Default: 1e-6, Min: 1e-12, Max: 0.1, Log: true}}},
		{ID: "momentum-noise", Title: "Momentum under gradient noise: the effective step η/(1 − β)", Run: runMomentumNoise,
			Source: book.MustSource(momentumSource, "runMomentumNoise"),
			Params: []book.Param{{Name: "noise", Doc: "standard deviation σ of the noise added to each gradient coordinate", Kind: book.Float, Default: 1, Min: 0, Max: 10}}},
		{ID: "nesterov-sign", Title: "Nesterov, as printed and as it should be, on J(θ) = θ", Run: runNesterovSign,
			Source: book.MustSource(momentumSource, "runNesterovSign"),
			Params: []book.Param{lr(0.1, 0.001, 1), beta(0.9)}},
	}
}

// runMomentumDoubleCount runs document 001's two momentum lines as
// printed, vₜ = β·vₜ₋₁ − η·∇J(θₜ) and θₜ₊₁ = θₜ − η·∇J(θₜ) + vₜ, beside
// the heavy ball θₜ₊₁ = θₜ + vₜ and the heavy ball with 2η, on
// f = 0.1x² + 2y². The printed update subtracts η·∇J once in v and once
// more outside it: θₜ₊₁ = θₜ − 2η·∇J(θₜ) + β·vₜ₋₁, the current gradient
// counted twice.
func runMomentumDoubleCount(ctx context.Context, in book.Inputs, out book.Output) error {
	s := surface.Quadratic()
	eta, beta, steps := in.Float("lr"), in.Float("beta"), in.Int("steps")
	type state struct{ x, y, vx, vy float64 }
	heavy := state{x: s.Start.X, y: s.Start.Y}
	printed, doubled := heavy, heavy
	step := func(st *state, lr float64, countTwice bool) {
		gx, gy := s.Gradient(st.x, st.y)
		st.vx, st.vy = beta*st.vx-lr*gx, beta*st.vy-lr*gy
		if countTwice {
			st.x, st.y = st.x-lr*gx+st.vx, st.y-lr*gy+st.vy
		} else {
			st.x, st.y = st.x+st.vx, st.y+st.vy
		}
	}
	const blowUp = 1e12 // stop a run once it is this far out
	var rows [][]string
	diverged := map[string]int{}
	row := func(t int) {
		cell := func(name string, st state) string {
			if at, ok := diverged[name]; ok {
				return fmt.Sprintf("diverged at step %d", at)
			}
			return g3(s.Value(st.x, st.y))
		}
		rows = append(rows, []string{fmt.Sprint(t), cell("heavy", heavy), cell("printed", printed), cell("doubled", doubled)})
	}
	row(0)
	for t := 1; t <= steps; t++ {
		runs := []struct {
			name       string
			st         *state
			lr         float64
			countTwice bool
		}{{"heavy", &heavy, eta, false}, {"printed", &printed, eta, true}, {"doubled", &doubled, 2 * eta, false}}
		for _, r := range runs {
			if _, done := diverged[r.name]; done {
				continue
			}
			step(r.st, r.lr, r.countTwice)
			if !(math.Abs(r.st.x) < blowUp && math.Abs(r.st.y) < blowUp) {
				diverged[r.name] = t
			}
		}
		if t <= 3 || t%10 == 0 || t == steps {
			row(t)
		}
	}
	out.Printf("f = 0.1x² + 2y² from (%g, %g), η = %g, β = %g; f after each step\n\n", s.Start.X, s.Start.Y, eta, beta)
	out.Printf("%s", book.Table([]string{"step", "heavy ball θ + v", "as printed θ − η∇J + v", "heavy ball with 2η"}, rows))
	return nil
}

// momentumRoots returns the two roots of z² − (1 + β − ηλ)·z + β = 0, the
// characteristic polynomial of the heavy ball on a direction of curvature
// λ: θₜ₊₁ = (1 + β − ηλ)·θₜ − β·θₜ₋₁.
func momentumRoots(eta, beta, lambda float64) (complex128, complex128) {
	b := 1 + beta - eta*lambda
	disc := cmplx.Sqrt(complex(b*b-4*beta, 0))
	return (complex(b, 0) + disc) / 2, (complex(b, 0) - disc) / 2
}

// runMomentumRoots prints, for the two directions of f = 0.1x² + 2y²
// (curvatures 0.2 and 4), the roots of the heavy ball's characteristic
// polynomial, what they predict, and what a run measures.
func runMomentumRoots(ctx context.Context, in book.Inputs, out book.Output) error {
	eta, beta := in.Float("lr"), in.Float("beta")
	var rows [][]string
	for _, lambda := range []float64{0.2, 4} {
		z1, z2 := momentumRoots(eta, beta, lambda)
		rate := math.Max(cmplx.Abs(z1), cmplx.Abs(z2))
		kind := "real, both > 0: no oscillation"
		switch {
		case imag(z1) != 0:
			kind = fmt.Sprintf("complex: oscillates, period %s steps", g3(2*math.Pi/math.Abs(cmplx.Phase(z1))))
		case math.Min(real(z1), real(z2)) < 0 && cmplx.Abs(z2) >= cmplx.Abs(z1):
			kind = "real, the larger < 0: flips sign every step"
		case math.Min(real(z1), real(z2)) < 0:
			kind = "real, one < 0: a flipping part dies out first"
		}
		if rate >= 1 {
			kind = "diverges"
		}
		roots := g3(real(z1)) + ", " + g3(real(z2))
		if imag(z1) != 0 {
			roots = fmt.Sprintf("%s ± %si", g3(real(z1)), g3(math.Abs(imag(z1))))
		}
		// Measure: run one coordinate of the heavy ball from θ = 1 (PyTorch's
		// buffer form, as core/optim runs it) and fit the decay of |θ| over
		// steps 100 to 200 by their largest values in windows of 20.
		opt := newOpt("sgd", map[string]float64{"lr": eta, "momentum": beta})
		theta := []float64{1}
		var window [2]float64
		measured := "—"
		for t := 1; t <= 200; t++ {
			opt.Step(theta, []float64{lambda * theta[0]})
			switch {
			case t > 80 && t <= 100:
				window[0] = math.Max(window[0], math.Abs(theta[0]))
			case t > 180:
				window[1] = math.Max(window[1], math.Abs(theta[0]))
			}
		}
		if window[0] > 0 && window[1] > 0 && !math.IsInf(window[1], 0) && !math.IsNaN(window[1]) {
			measured = f4(math.Pow(window[1]/window[0], 1.0/100))
		} else if !(math.Abs(theta[0]) < 1e300) {
			measured = "diverged"
		}
		rows = append(rows, []string{g3(lambda), g3(1 + beta - eta*lambda), g3((1+beta-eta*lambda)*(1+beta-eta*lambda) - 4*beta), roots, f4(rate), measured, kind})
	}
	out.Printf("heavy ball, η = %g, β = %g, on f = 0.1x² + 2y²: z² − (1 + β − ηλ)·z + β = 0 on each direction\n\n", eta, beta)
	out.Printf("%s\n", book.Table([]string{"λ", "1 + β − ηλ", "discriminant", "roots", "rate max|z|", "measured", "behaviour"}, rows))
	out.Printf("gradient descent at η = 0.45 multiplies the same directions by %s and %s per step\n", f4(1-0.45*0.2), f4(1-0.45*4))
	return nil
}

// runPhaseDiagram draws which kind of motion the heavy ball makes on one
// direction of curvature λ, over the plane of ηλ (across) and β (up):
//
//	'·' two real roots in (0, 1): a smooth slide, no oscillation
//	'~' complex roots (1 + β − ηλ)² < 4β: an oscillation shrinking by √β per step
//	':' a real root below 0: the error flips sign every step
//	'#' a root of modulus ≥ 1: diverges (ηλ ≥ 2(1 + β))
//
// The boundaries ηλ = (1 ∓ √β)² of the '~' band are critical damping. A
// and B mark the two directions of f = 0.1x² + 2y² (λ = 0.2 and 4) at the
// chosen η and β.
func runPhaseDiagram(ctx context.Context, in book.Inputs, out book.Output) error {
	eta, beta := in.Float("lr"), in.Float("beta")
	const width, height, maxEL = 64, 16, 4.0 // ηλ across [0, 4], β up [0, 1)
	grid := make([][]rune, height)
	for r := range grid {
		grid[r] = make([]rune, width)
		b := 1 - (float64(r)+0.5)/height // top row β near 1
		for c := range grid[r] {
			el := (float64(c) + 0.5) / width * maxEL
			z1, z2 := momentumRoots(el, b, 1) // η·λ with λ = 1
			switch {
			case math.Max(cmplx.Abs(z1), cmplx.Abs(z2)) >= 1:
				grid[r][c] = '#'
			case imag(z1) != 0:
				grid[r][c] = '~'
			case math.Min(real(z1), real(z2)) < 0:
				grid[r][c] = ':'
			default:
				grid[r][c] = '·'
			}
		}
	}
	mark := func(lambda float64, label rune) string {
		el := eta * lambda
		c, r := int(el/maxEL*width), int((1-beta)*height)
		where := "off the chart (ηλ > 4)"
		if c < width && r >= 0 && r < height {
			grid[r][c] = label
			where = fmt.Sprintf("ηλ = %s", g3(el))
		}
		z1, z2 := momentumRoots(eta, beta, lambda)
		return fmt.Sprintf("%c: λ = %g, %s, rate %s", label, lambda, where, f4(math.Max(cmplx.Abs(z1), cmplx.Abs(z2))))
	}
	notes := []string{mark(0.2, 'A'), mark(4, 'B')}
	for r, row := range grid {
		label := "  "
		switch r {
		case 0:
			label = "β1"
		case height - 1:
			label = "β0"
		}
		out.Printf("%s │%s\n", label, string(row))
	}
	out.Printf("   └%s\n", strings.Repeat("─", width))
	out.Printf("    ηλ = 0%sηλ = 4\n", strings.Repeat(" ", width-12))
	out.Printf("· real roots, smooth   ~ complex roots, oscillates   : flips sign   # diverges\n")
	out.Printf("η = %g, β = %g:  %s;  %s\n", eta, beta, notes[0], notes[1])
	return nil
}

// runPaths draws the paths of gradient descent, heavy-ball momentum and
// Adam from (−5, −2) across f = 0.1x² + 2y², over its contour lines.
func runPaths(ctx context.Context, in book.Inputs, out book.Output) error {
	s := surface.Quadratic()
	eta := in.Float("lr")
	runs := []struct {
		name   string
		kind   string
		values map[string]float64
		mark   rune
	}{
		{fmt.Sprintf("gradient descent, η = %g", eta), "sgd", map[string]float64{"lr": eta}, 'g'},
		{"momentum, η = 0.05, β = 0.8", "sgd", map[string]float64{"lr": 0.05, "momentum": 0.8}, 'm'},
		{"Adam, η = 0.5", "adam", map[string]float64{"lr": 0.5}, 'a'},
	}
	var paths []book.Path
	var rows [][]string
	for _, r := range runs {
		tr, err := train.RunTrace(ctx, s, newOpt(r.kind, r.values), s.Start, in.Int("steps"))
		if err != nil {
			return err
		}
		p := book.Path{Name: r.name}
		for _, pt := range tr.Points {
			p.X, p.Y = append(p.X, pt.X), append(p.Y, pt.Y)
		}
		paths = append(paths, p)
		last := tr.Points[len(tr.Points)-1]
		end, f := pt(last.X, last.Y), g3(last.Loss)
		if tr.Status == train.Diverged {
			end, f = fmt.Sprintf("diverged at step %d", last.Step), "—"
		}
		rows = append(rows, []string{r.name, end, f})
	}
	out.Printf("%s\n", book.Table([]string{"path", fmt.Sprintf("after %d steps", in.Int("steps")), "f"}, rows))
	// One panel per path: drawn together they cross too often to read.
	w := s.Window
	for i, p := range paths {
		out.Printf("\n")
		printPath(out, p, book.PathOptions{Width: 60, Height: 11,
			XMin: w.XMin, XMax: w.XMax, YMin: w.YMin, YMax: w.YMax,
			Level: s.Value, Floor: s.MinValue, Mark: &[2]float64{0, 0}}, runs[i].mark)
	}
	return nil
}

// runMomentumPolyak compares, on the ellipse ½(x² + κy²) (L = κ, μ = 1):
// gradient descent with its best step 2/(L + μ); heavy-ball momentum with
// Polyak's η = 4/(√L + √μ)² and β = ((√κ − 1)/(√κ + 1))²; Nesterov with
// its own tuning η = 1/L, β = (√κ − 1)/(√κ + 1); and Nesterov given the
// heavy ball's η and β. All four are core/optim's "sgd".
func runMomentumPolyak(ctx context.Context, in book.Inputs, out book.Output) error {
	kappa := in.Float("kappa")
	s, err := surface.Ellipse(kappa)
	if err != nil {
		return err
	}
	L, mu, rk := kappa, 1.0, math.Sqrt(kappa)
	eta := 4 / math.Pow(math.Sqrt(L)+math.Sqrt(mu), 2)
	beta := math.Pow((rk-1)/(rk+1), 2)
	nesterov := func(lr, b float64) map[string]float64 {
		if b == 0 { // κ = 1: no momentum, and core/optim (like PyTorch) refuses Nesterov without it
			return map[string]float64{"lr": lr}
		}
		return map[string]float64{"lr": lr, "momentum": b, "nesterov": 1}
	}
	runs := []struct {
		name   string
		values map[string]float64
		rate   float64 // the predicted factor per step, NaN if none
	}{
		{"gradient descent, η = 2/(L+μ)", map[string]float64{"lr": 2 / (L + mu)}, (kappa - 1) / (kappa + 1)},
		{"heavy ball, Polyak's η, β", map[string]float64{"lr": eta, "momentum": beta}, math.Sqrt(beta)},
		{"Nesterov, η = 1/L, β = (√κ−1)/(√κ+1)", nesterov(1/L, (rk-1)/(rk+1)), 1 - 1/rk},
		{"Nesterov, Polyak's η, β", nesterov(eta, beta), math.NaN()},
	}
	var rows [][]string
	var series []book.Series
	for _, r := range runs {
		res, err := stepsTo(ctx, s, newOpt("sgd", r.values), 1e-10, 20000)
		if err != nil {
			return err
		}
		rate := "—"
		if !math.IsNaN(r.rate) {
			rate = f4(r.rate)
		}
		rows = append(rows, []string{r.name, rate, res.String()})
		if !res.diverged {
			series = append(series, book.Series{Name: r.name, Values: res.curve})
		}
	}
	out.Printf("κ = %g: Polyak's η = %s, β = %s\n", kappa, g3(eta), f4(beta))
	// On the steepest direction the heavy ball is stable for η·L < 2(1 + β),
	// Nesterov only for η·L < (2 + 2β)/(1 + 2β): its look-ahead takes the
	// gradient after the momentum step, which amplifies the steep direction.
	out.Printf("with that β, stable η: heavy ball < %s, Nesterov < %s\n\n", f4(2*(1+beta)/L), f4((2+2*beta)/((1+2*beta)*L)))
	out.Printf("%s\n", book.Table([]string{"method", "rate per step", "steps to f ≤ 1e-10·f₀"}, rows))
	book.PrintCurves(out, series, book.CurveOptions{Width: 60, Height: 10, LogY: true, Caption: "f − f* per step (log scale)"})
	return nil
}

// runHeavyBall runs core/optim's heavy ball with the chosen η and β on
// ½(x² + 100y²) from (−4, 0.4) and counts the steps until ‖θ‖ ≤ 1e-6·‖θ₀‖,
// beside the rate the roots predict for each direction. It is the
// experiment of exercise heavy_ball.
func runHeavyBall(ctx context.Context, in book.Inputs, out book.Output) error {
	eta, beta := in.Float("lr"), in.Float("beta")
	s, err := surface.Ellipse(100)
	if err != nil {
		return err
	}
	values := map[string]float64{"lr": eta}
	if beta > 0 {
		values["momentum"] = beta
	}
	r, err := stepsToDistance(ctx, s, newOpt("sgd", values), 1e-6, 1000)
	if err != nil {
		return err
	}
	var rows [][]string
	for _, lambda := range []float64{1, 100} {
		z1, z2 := momentumRoots(eta, beta, lambda)
		rows = append(rows, []string{fmt.Sprint(lambda), g3(eta * lambda), f4(math.Max(cmplx.Abs(z1), cmplx.Abs(z2)))})
	}
	out.Printf("heavy ball, η = %g, β = %g, on ½(x² + 100y²) from (−4, 0.4)\n\n", eta, beta)
	out.Printf("%s\n", book.Table([]string{"direction λ", "ηλ", "rate max|z|"}, rows))
	out.Printf("steps until ‖θ‖ ≤ 1e-6·‖θ₀‖: %s (the exercise's budget is 100)\n", r.String())
	return nil
}

// runSqrtKappa counts the steps each method needs to bring ‖θ − θ*‖ down
// to tol times its start on ½(x² + κy²), against the lower bound for any
// first-order method (Nesterov 2004, Theorem 2.1.13): no method that moves
// in the span of the gradients it has seen can beat
// ‖θₖ − θ*‖ ≥ q^k·‖θ₀ − θ*‖ with q = (√κ − 1)/(√κ + 1) on the worst
// problem, so it needs at least ln(1/tol)/ln(1/q) ≈ (√κ/2)·ln(1/tol) steps.
func runSqrtKappa(ctx context.Context, in book.Inputs, out book.Output) error {
	tol := in.Float("tol")
	const maxSteps = 300000
	var rows [][]string
	for _, kappa := range []float64{10, 100, 1000, 10000} {
		s, err := surface.Ellipse(kappa)
		if err != nil {
			return err
		}
		out.Progress("κ = %g", kappa)
		rk := math.Sqrt(kappa)
		q := (rk - 1) / (rk + 1)
		bound := int(math.Ceil(math.Log(1/tol) / math.Log(1/q)))
		methods := []map[string]float64{
			{"lr": 4 / math.Pow(rk+1, 2), "momentum": q * q},                  // heavy ball, Polyak's tuning
			{"lr": 1 / kappa, "momentum": (rk - 1) / (rk + 1), "nesterov": 1}, // Nesterov's tuning
			{"lr": 2 / (kappa + 1)},                                           // gradient descent, best fixed step
		}
		row := []string{fmt.Sprint(kappa), fmt.Sprint(bound)}
		var heavy int
		for i, m := range methods {
			r, err := stepsToDistance(ctx, s, newOpt("sgd", m), tol, maxSteps)
			if err != nil {
				return err
			}
			if i == 0 {
				heavy = r.steps
			}
			row = append(row, r.String())
		}
		row = append(row, f4(float64(heavy)/rk))
		rows = append(rows, row)
	}
	out.Printf("steps until ‖θ − θ*‖ ≤ %g·‖θ₀ − θ*‖ on ½(x² + κy²)\n\n", tol)
	out.Printf("%s", book.Table([]string{"κ", "lower bound", "heavy ball", "Nesterov", "gradient descent", "heavy ball / √κ"}, rows))
	return nil
}

// runMomentumNoise runs SGD with and without momentum on f = ½‖θ‖² in 10
// dimensions (every curvature λ = 1) with Gaussian noise of size σ added
// to each gradient coordinate, from the minimum, and measures the floor:
// the mean of f over steps 1000 to 5000, averaged over 10 seeded runs.
// The heavy ball's stationary variance per coordinate is
//
//	Var = (1 + β)·η·σ² / ((1 − β)·λ·(2(1 + β) − ηλ)) ≈ (η/(1 − β))·σ²/(2λ)
//
// (β = 0 is plain SGD), so for small steps only the effective step
// η/(1 − β) matters.
func runMomentumNoise(ctx context.Context, in book.Inputs, out book.Output) error {
	sigma := in.Float("noise")
	const dims, lambda, burn, steps, runs = 10, 1.0, 1000, 5000, 10
	settings := []struct{ eta, beta float64 }{
		{0.1, 0}, {0.01, 0.9}, {0.05, 0.5}, {0.001, 0.99}, {0.1, 0.9}, {0.02, 0},
	}
	var rows [][]string
	for _, st := range settings {
		values := map[string]float64{"lr": st.eta}
		if st.beta > 0 {
			values["momentum"] = st.beta
		}
		var floor float64
		for run := 0; run < runs; run++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			rng := rand.New(rand.NewPCG(uint64(run), 11))
			opt := newOpt("sgd", values)
			theta, g := make([]float64, dims), make([]float64, dims)
			for t := 0; t < steps; t++ {
				for i := range g {
					g[i] = lambda*theta[i] + sigma*rng.NormFloat64()
				}
				opt.Step(theta, g)
				if t >= burn {
					for _, v := range theta {
						floor += 0.5 * lambda * v * v / float64((steps-burn)*runs)
					}
				}
			}
		}
		b, el := st.beta, st.eta*lambda
		predicted := dims * 0.5 * lambda * (1 + b) * st.eta * sigma * sigma / ((1 - b) * lambda * (2*(1+b) - el))
		rows = append(rows, []string{g3(st.eta), g3(st.beta), g3(st.eta / (1 - st.beta)), g3(floor), g3(predicted)})
	}
	out.Printf("f = ½‖θ‖², 10 dimensions, gradient noise σ = %g, mean f over steps %d–%d of %d seeded runs\n\n", sigma, burn, steps, runs)
	out.Printf("%s", book.Table([]string{"η", "β", "effective step η/(1−β)", "floor measured", "floor predicted"}, rows))
	return nil
}

// runNesterovSign runs three updates on J(θ) = θ (gradient 1 everywhere)
// from θ = 0. Document 001 prints Nesterov as
// θₜ₊₁ = θₜ − η∇J(θₜ − vₜ) + vₜ next to a momentum rule vₜ = βvₜ₋₁ − η∇J.
// Its look-ahead θ − v only points ahead if v accumulates +η∇J (the other
// sign convention); read that way, "+ vₜ" adds an uphill step.
func runNesterovSign(ctx context.Context, in book.Inputs, out book.Output) error {
	eta, beta := in.Float("lr"), in.Float("beta")
	grad := func(theta float64) float64 { return 1 } // J(θ) = θ

	var correct, correctV float64   // Sutskever et al. (2013)
	var printedA, printedAV float64 // as printed, v from its momentum line
	var printedB, printedBV float64 // as printed, v as its look-ahead implies
	var rows [][]string
	for t := 0; t <= 10; t++ {
		if t%2 == 0 {
			rows = append(rows, []string{fmt.Sprint(t), f4(correct), f4(printedA), f4(printedB)})
		}
		// v ← βv − η∇J(θ + βv);  θ ← θ + v
		correctV = beta*correctV - eta*grad(correct+beta*correctV)
		correct += correctV
		// vₜ = βvₜ₋₁ − η∇J(θₜ);  θₜ₊₁ = θₜ − η∇J(θₜ − vₜ) + vₜ
		printedAV = beta*printedAV - eta*grad(printedA)
		printedA = printedA - eta*grad(printedA-printedAV) + printedAV
		// vₜ = βvₜ₋₁ + η∇J(θₜ);  θₜ₊₁ = θₜ − η∇J(θₜ − vₜ) + vₜ
		printedBV = beta*printedBV + eta*grad(printedB)
		printedB = printedB - eta*grad(printedB-printedBV) + printedBV
	}
	out.Printf("J(θ) = θ, θ₀ = 0, η = %g, β = %g: downhill is θ decreasing\n\n", eta, beta)
	out.Printf("%s", book.Table([]string{"t", "Nesterov (correct)", "as printed, v = βv − η∇J", "as printed, v = βv + η∇J"}, rows))
	return nil
}
