package algorithms

import (
	"context"
	_ "embed"
	"fmt"
	"math"

	"descent/chapters/book"
	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
)

//go:embed cells_adaptive.go
var adaptiveSource []byte

//go:embed rules.go
var rulesSource []byte

func adaptiveCells() []book.Cell {
	steps := func(def, max int) book.Param {
		return book.Param{Name: "steps", Doc: "steps per run", Kind: book.Int, Default: float64(def), Min: 1, Max: float64(max)}
	}
	return []book.Cell{
		{ID: "first-step", Title: "The first step of each optimizer, against θ − η·∇J", Run: runFirstStep,
			Source: book.MustSource(adaptiveSource, "runFirstStep"),
			Params: []book.Param{{Name: "lr", Doc: "learning rate η of every optimizer", Kind: book.Float, Default: 0.01, Min: 1e-4, Max: 1, Log: true}}},
		{ID: "rules-match-core", Title: "The update rules, by hand, against core/optim", Run: runRulesMatchCore,
			Source: book.MustSource(rulesSource, "adagradStep") + "\n\n" + book.MustSource(rulesSource, "rmspropStep") + "\n\n" +
				book.MustSource(rulesSource, "adadeltaStep") + "\n\n" + book.MustSource(rulesSource, "adamStep") + "\n\n" +
				book.MustSource(rulesSource, "amsgradStep") + "\n\n" + book.MustSource(rulesSource, "adamaxStep") + "\n\n" +
				book.MustSource(adaptiveSource, "runRulesMatchCore"),
			Params: []book.Param{steps(200, 5000)}},
		{ID: "adagrad-vs-rmsprop", Title: "Adagrad's step only shrinks; RMSprop's recovers", Run: runAdagradVsRMSprop,
			Source: book.MustSource(adaptiveSource, "runAdagradVsRMSprop"),
			Params: []book.Param{steps(300, 5000), {Name: "lr", Doc: "learning rate η of both", Kind: book.Float, Default: 0.1, Min: 1e-3, Max: 1, Log: true}}},
		{ID: "adadelta-start", Title: "Adadelta needs no learning rate, and starts slowly", Run: runAdadeltaStart,
			Source: book.MustSource(adaptiveSource, "runAdadeltaStart"),
			Params: []book.Param{{Name: "eps", Doc: "ε, which alone sizes the first step", Kind: book.Float, Default: 1e-6, Min: 1e-10, Max: 1e-2, Log: true}}},
		{ID: "adam-bias-correction", Title: "Why Adam divides by 1 − βᵗ", Run: runAdamBiasCorrection,
			Source: book.MustSource(adaptiveSource, "runAdamBiasCorrection"),
			Params: []book.Param{{Name: "grad", Doc: "the constant gradient g fed to Adam", Kind: book.Float, Default: 0.5, Min: 1e-6, Max: 1e6, Log: true}}},
		{ID: "optimizers-race", Title: "Every optimizer on one surface", Run: runOptimizersRace,
			Source: book.MustSource(adaptiveSource, "runOptimizersRace"),
			Params: []book.Param{
				{Name: "surface", Doc: "the test surface", Kind: book.Choice, Choices: surface.Names(), Choice: "rosenbrock"},
				steps(2000, 20000)}},
	}
}

// runFirstStep takes one step of every optimizer in core/optim from
// (−5, −2) on f = 0.1x² + 2y², where ∇f = (−1, −8), all with the same η,
// and prints the step Δθ beside −η·∇f, the update document 000 prints for
// every "optimizer". A step along −∇f moves eight times as far in y as in
// x; the adaptive methods do not.
func runFirstStep(ctx context.Context, in book.Inputs, out book.Output) error {
	s := surface.Quadratic()
	eta := in.Float("lr")
	gx, gy := s.Gradient(s.Start.X, s.Start.Y)
	rows := [][]string{{"document 000: θ − η·∇J", g3(-eta * gx), g3(-eta * gy), g3(gy / gx)}}
	kinds := append([]string{"momentum"}, optim.Kinds()...)
	for _, kind := range kinds {
		values := map[string]float64{"lr": eta}
		name := kind
		switch kind {
		case "momentum":
			kind, name, values["momentum"] = "sgd", "sgd, momentum 0.9", 0.9
		case "adagrad":
			values["initial_accumulator"] = 0 // the paper's start; core's default is 0.1
		case "adamw":
			name = "adamw (wd 0.01, its default)"
		case "adadelta":
			continue // its step is sized by ε, not η: see "Adadelta's slow start"
		}
		theta := []float64{s.Start.X, s.Start.Y}
		newOpt(kind, values).Step(theta, []float64{gx, gy})
		dx, dy := theta[0]-s.Start.X, theta[1]-s.Start.Y
		rows = append(rows, []string{name, g3(dx), g3(dy), g3(dy / dx)})
	}
	out.Printf("f = 0.1x² + 2y² at (%g, %g): ∇f = (%g, %g); one step with η = %g\n\n", s.Start.X, s.Start.Y, gx, gy, eta)
	out.Printf("%s", book.Table([]string{"optimizer", "Δx", "Δy", "Δy/Δx"}, rows))
	return nil
}

// runRulesMatchCore runs the hand-written rules above and core/optim's
// optimizers side by side on f = 0.1x² + 2y², with every hyperparameter
// given explicitly, and prints the largest difference in θ over the run.
func runRulesMatchCore(ctx context.Context, in book.Inputs, out book.Output) error {
	s := surface.Quadratic()
	type pair struct {
		kind   string
		values map[string]float64
		byHand func(theta, g []float64, t int, state [][]float64)
	}
	pairs := []pair{
		{"adagrad", map[string]float64{"lr": 0.5, "initial_accumulator": 0, "eps": 1e-7},
			func(th, g []float64, t int, st [][]float64) { adagradStep(th, g, st[0], 0.5, 1e-7) }},
		{"rmsprop", map[string]float64{"lr": 0.05, "rho": 0.9, "eps": 1e-8},
			func(th, g []float64, t int, st [][]float64) { rmspropStep(th, g, st[0], 0.05, 0.9, 1e-8) }},
		{"adadelta", map[string]float64{"lr": 1, "rho": 0.9, "eps": 1e-6},
			func(th, g []float64, t int, st [][]float64) { adadeltaStep(th, g, st[0], st[1], 1, 0.9, 1e-6) }},
		{"adam", map[string]float64{"lr": 0.1, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8},
			func(th, g []float64, t int, st [][]float64) {
				adamStep(th, g, st[0], st[1], t, 0.1, 0.9, 0.999, 1e-8, 0)
			}},
		{"adamw", map[string]float64{"lr": 0.1, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.1},
			func(th, g []float64, t int, st [][]float64) {
				adamStep(th, g, st[0], st[1], t, 0.1, 0.9, 0.999, 1e-8, 0.1)
			}},
		{"amsgrad", map[string]float64{"lr": 0.1, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8},
			func(th, g []float64, t int, st [][]float64) {
				amsgradStep(th, g, st[0], st[1], st[2], t, 0.1, 0.9, 0.999, 1e-8)
			}},
		{"adamax", map[string]float64{"lr": 0.1, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8},
			func(th, g []float64, t int, st [][]float64) {
				adamaxStep(th, g, st[0], st[1], t, 0.1, 0.9, 0.999, 1e-8)
			}},
	}
	var rows [][]string
	for _, p := range pairs {
		opt := newOpt(p.kind, p.values)
		core := []float64{s.Start.X, s.Start.Y}
		hand := []float64{s.Start.X, s.Start.Y}
		state := [][]float64{make([]float64, 2), make([]float64, 2), make([]float64, 2)}
		var worst float64
		for t := 1; t <= in.Int("steps"); t++ {
			gx, gy := s.Gradient(core[0], core[1])
			opt.Step(core, []float64{gx, gy})
			hx, hy := s.Gradient(hand[0], hand[1])
			p.byHand(hand, []float64{hx, hy}, t, state)
			worst = math.Max(worst, math.Max(math.Abs(core[0]-hand[0]), math.Abs(core[1]-hand[1])))
		}
		verdict := "same arithmetic"
		if worst > 1e-12 {
			verdict = "DIFFERENT"
		}
		rows = append(rows, []string{p.kind, fmt.Sprintf("(%s, %s)", f4(hand[0]), f4(hand[1])), g3(worst), verdict})
	}
	out.Printf("%d steps from (%g, %g) on f = 0.1x² + 2y²\n\n", in.Int("steps"), s.Start.X, s.Start.Y)
	out.Printf("%s", book.Table([]string{"rule", "θ by hand", "max |θ_hand − θ_core|", "verdict"}, rows))
	return nil
}

// runAdagradVsRMSprop tracks the effective learning rate η/√(s + ε) of
// the x coordinate, where Adagrad's s sums every g² and RMSprop's v
// averages recent ones, on f = 0.1x² + 2y².
func runAdagradVsRMSprop(ctx context.Context, in book.Inputs, out book.Output) error {
	s := surface.Quadratic()
	eta, eps := in.Float("lr"), 1e-7
	ada, rms := []float64{s.Start.X, s.Start.Y}, []float64{s.Start.X, s.Start.Y}
	sumSq, avgSq := make([]float64, 2), make([]float64, 2)
	var adaRate, rmsRate []float64
	for t := 0; t < in.Int("steps"); t++ {
		gx, gy := s.Gradient(ada[0], ada[1])
		adagradStep(ada, []float64{gx, gy}, sumSq, eta, eps)
		gx, gy = s.Gradient(rms[0], rms[1])
		rmspropStep(rms, []float64{gx, gy}, avgSq, eta, 0.9, eps)
		adaRate = append(adaRate, eta/math.Sqrt(sumSq[0]+eps))
		rmsRate = append(rmsRate, eta/math.Sqrt(avgSq[0]+eps))
	}
	n := len(adaRate) - 1
	out.Printf("after %d steps: Adagrad at (%s, %s), f = %s; RMSprop (ρ = 0.9) at (%s, %s), f = %s\n\n",
		n+1, f4(ada[0]), f4(ada[1]), g3(s.Value(ada[0], ada[1])), f4(rms[0]), f4(rms[1]), g3(s.Value(rms[0], rms[1])))
	out.Printf("%s", book.Curves([]book.Series{{Name: "Adagrad", Values: adaRate}, {Name: "RMSprop", Values: rmsRate}},
		book.CurveOptions{Width: 60, Height: 10, LogY: true, Caption: "effective learning rate of x, η/√(s + ε), per step (log scale)"}))
	return nil
}

// runAdadeltaStart prints Adadelta's first steps from (−5, −2) on
// f = 0.1x² + 2y². With E[Δ²] = 0 the first step is about √ε/√((1−ρ)·g²)·g,
// so ε, not a learning rate, sets how fast it starts.
func runAdadeltaStart(ctx context.Context, in book.Inputs, out book.Output) error {
	s := surface.Quadratic()
	theta := []float64{s.Start.X, s.Start.Y}
	eg2, ed2 := make([]float64, 2), make([]float64, 2)
	var rows [][]string
	for t := 1; t <= 400; t++ {
		gx, gy := s.Gradient(theta[0], theta[1])
		before := []float64{theta[0], theta[1]}
		adadeltaStep(theta, []float64{gx, gy}, eg2, ed2, 1, 0.9, in.Float("eps"))
		if t <= 3 || t == 10 || t == 100 || t == 400 {
			rows = append(rows, []string{fmt.Sprint(t), g3(theta[0] - before[0]), g3(theta[1] - before[1]), g3(s.Value(theta[0], theta[1]))})
		}
	}
	out.Printf("Adadelta, η = 1, ρ = 0.9, ε = %g, from (%g, %g)\n\n", in.Float("eps"), s.Start.X, s.Start.Y)
	out.Printf("%s", book.Table([]string{"step", "Δx", "Δy", "f"}, rows))
	return nil
}

// runAdamBiasCorrection feeds Adam the same gradient g at every step and
// prints its moments. m and v start at 0, so early on they are biased
// towards 0 by the factors 1 − β₁ᵗ and 1 − β₂ᵗ; dividing by those factors
// gives m̂ = g and v̂ = g² exactly.
func runAdamBiasCorrection(ctx context.Context, in book.Inputs, out book.Output) error {
	g, eta := in.Float("grad"), 0.001
	beta1, beta2, eps := 0.9, 0.999, 1e-8
	var m, v float64
	var rows [][]string
	for t := 1; t <= 1000; t++ {
		m = beta1*m + (1-beta1)*g
		v = beta2*v + (1-beta2)*g*g
		mHat, vHat := m/(1-math.Pow(beta1, float64(t))), v/(1-math.Pow(beta2, float64(t)))
		if t <= 3 || t == 10 || t == 100 || t == 1000 {
			raw := eta * m / (math.Sqrt(v) + eps)
			corrected := eta * mHat / (math.Sqrt(vHat) + eps)
			rows = append(rows, []string{fmt.Sprint(t), g3(m), g3(mHat), g3(math.Sqrt(v)), g3(math.Sqrt(vHat)), g3(raw), g3(corrected)})
		}
	}
	out.Printf("constant gradient g = %g, η = %g, β₁ = 0.9, β₂ = 0.999\n\n", g, eta)
	out.Printf("%s", book.Table([]string{"t", "m", "m̂", "√v", "√v̂", "step without correction", "step with"}, rows))
	return nil
}

// runOptimizersRace runs every optimizer kind in core/optim on one surface
// from its usual start, each with the learning rate listed (tuned by hand
// to do reasonably on Rosenbrock's valley), and ranks them by where they
// end. The saddle has no minimum, so there it reports f itself.
func runOptimizersRace(ctx context.Context, in book.Inputs, out book.Output) error {
	s, err := surface.ByName(in.Choice("surface"))
	if err != nil {
		return err
	}
	bounded := !math.IsInf(s.MinValue, -1)
	lrs := map[string]float64{"sgd": 0.001, "adagrad": 0.5, "rmsprop": 0.01, "adadelta": 1,
		"adam": 0.05, "amsgrad": 0.05, "adamw": 0.05, "adamax": 0.05, "nadam": 0.05}
	var rows [][]string
	var series []book.Series
	kinds := append([]string{"momentum"}, optim.Kinds()...)
	for _, kind := range kinds {
		values := map[string]float64{"lr": lrs[kind]}
		if kind == "momentum" {
			kind, values = "sgd", map[string]float64{"lr": 0.001, "momentum": 0.9}
		}
		if _, ok := lrs[kind]; !ok {
			continue // a kind added to core/optim after this chapter was written
		}
		tr, err := train.RunTrace(ctx, s, newOpt(kind, values), s.Start, in.Int("steps"))
		if err != nil {
			return err
		}
		name := kind
		if values["momentum"] > 0 {
			name = "sgd + momentum 0.9"
		}
		last := tr.Points[len(tr.Points)-1]
		var end string
		switch {
		case tr.Status == train.Diverged:
			end = fmt.Sprintf("diverged at step %d", last.Step)
		case bounded:
			end = g3(last.Loss - s.MinValue)
			curve := make([]float64, len(tr.Points))
			for i, p := range tr.Points {
				curve[i] = p.Loss - s.MinValue
			}
			series = append(series, book.Series{Name: name, Values: curve})
		default:
			end = g3(last.Loss)
		}
		rows = append(rows, []string{name, fmt.Sprint(values["lr"]), end})
	}
	column := "f − f* at the end"
	if !bounded {
		column = "f at the end (no minimum)"
	}
	out.Printf("%s from (%s, %s), %d steps\n\n", s.Formula, g3(s.Start.X), g3(s.Start.Y), in.Int("steps"))
	out.Printf("%s\n", book.Table([]string{"optimizer", "η", column}, rows))
	pick := []book.Series{}
	for _, se := range series {
		switch se.Name {
		case "sgd", "sgd + momentum 0.9", "rmsprop", "adam":
			pick = append(pick, se)
		}
	}
	if len(pick) > 0 {
		book.PrintCurves(out, pick, book.CurveOptions{Width: 60, Height: 10, LogY: true, Caption: "f − f* per step (log scale)"})
	}
	return nil
}
