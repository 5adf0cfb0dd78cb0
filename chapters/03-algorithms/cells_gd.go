package algorithms

import (
	"context"
	_ "embed"
	"fmt"
	"math"

	"descent/chapters/book"
	"descent/core/surface"
	"descent/core/train"
)

//go:embed cells_gd.go
var gdSource []byte

func gdCells() []book.Cell {
	kappa := book.Param{Name: "kappa", Doc: "condition number κ of the ellipse ½(x² + κy²)", Kind: book.Float, Default: 100, Min: 1, Max: 10000, Log: true}
	return []book.Cell{
		{ID: "gd-stability", Title: "The stability bound η < 2/L on a bowl", Run: runGDStability,
			Source: book.MustSource(gdSource, "runGDStability"),
			Params: []book.Param{{Name: "steps", Doc: "steps per run", Kind: book.Int, Default: 100, Min: 1, Max: 10000}}},
		{ID: "condition-number", Title: "The condition number sets the pace", Run: runConditionNumber,
			Source: book.MustSource(gdSource, "runConditionNumber"),
			Params: []book.Param{{Name: "tol", Doc: "stop when f has fallen to this fraction of its start", Kind: book.Float, Default: 1e-6, Min: 1e-12, Max: 0.1, Log: true}}},
		{ID: "momentum-polyak", Title: "Momentum with Polyak's best (α, β) against the best plain step", Run: runMomentumPolyak,
			Source: book.MustSource(gdSource, "runMomentumPolyak"),
			Params: []book.Param{kappa}},
		{ID: "paths", Title: "Three paths across the same bowl", Run: runPaths,
			Source: book.MustSource(gdSource, "runPaths"),
			Params: []book.Param{
				{Name: "steps", Doc: "steps per path", Kind: book.Int, Default: 40, Min: 1, Max: 2000},
				{Name: "lr", Doc: "learning rate η of gradient descent", Kind: book.Float, Default: 0.45, Min: 0.001, Max: 1, Log: true},
			}},
		{ID: "nesterov-sign", Title: "Nesterov, as printed and as it should be, on J(θ) = θ", Run: runNesterovSign,
			Source: book.MustSource(gdSource, "runNesterovSign"),
			Params: []book.Param{
				{Name: "lr", Doc: "learning rate α", Kind: book.Float, Default: 0.1, Min: 0.001, Max: 1, Log: true},
				{Name: "beta", Doc: "momentum β", Kind: book.Float, Default: 0.9, Min: 0, Max: 0.99},
			}},
	}
}

// runGDStability runs gradient descent (core/optim's "sgd") on the bowl
// f = 0.1x² + 2y² for learning rates on both sides of 2/L = 0.5. Along each
// axis the error is multiplied by (1 − η·λ) per step, with λ = 0.2 and 4
// the Hessian's eigenvalues.
func runGDStability(ctx context.Context, in book.Inputs, out book.Output) error {
	s := surface.Quadratic()
	const mu, L = 0.2, 4.0 // Hessian diag(0.2, 4)
	var rows [][]string
	for _, eta := range []float64{0.1, 0.25, 0.45, 0.49, 0.51} {
		tr, err := train.RunTrace(ctx, s, newOpt("sgd", map[string]float64{"lr": eta}), s.Start, in.Int("steps"))
		if err != nil {
			return err
		}
		last := tr.Points[len(tr.Points)-1]
		end := "f = " + g3(last.Loss)
		if tr.Status == train.Diverged {
			end = fmt.Sprintf("diverged at step %d", last.Step+1)
		} else if last.Loss > s.Value(s.Start.X, s.Start.Y) {
			end += " (growing)"
		}
		rows = append(rows, []string{fmt.Sprint(eta), f4(math.Abs(1 - eta*mu)), f4(math.Abs(1 - eta*L)), end})
	}
	out.Printf("f = 0.1x² + 2y² from (%g, %g): μ = %g, L = %g, 2/L = %g; %d steps\n\n", s.Start.X, s.Start.Y, mu, L, 2/L, in.Int("steps"))
	out.Printf("%s", book.Table([]string{"η", "|1 − ημ| (x)", "|1 − ηL| (y)", "after the run"}, rows))
	return nil
}

// runConditionNumber runs gradient descent with its best fixed step,
// η = 2/(L + μ), on ellipses ½(x² + κy²) of growing condition number κ,
// and counts the steps to bring f down to tol times its start. Theory says
// the error shrinks by (κ − 1)/(κ + 1) per step.
func runConditionNumber(ctx context.Context, in book.Inputs, out book.Output) error {
	tol := in.Float("tol")
	var rows [][]string
	for _, kappa := range []float64{1, 10, 100, 1000} {
		s, err := surface.Ellipse(kappa)
		if err != nil {
			return err
		}
		eta := 2 / (kappa + 1) // L = κ, μ = 1
		r, err := stepsTo(ctx, s, newOpt("sgd", map[string]float64{"lr": eta}), tol, 100000)
		if err != nil {
			return err
		}
		rate := (kappa - 1) / (kappa + 1)
		// f shrinks by rate² per step (f is quadratic in the error), so
		// reaching tol takes about ln(tol)/(2·ln(rate)) steps.
		predicted := "1"
		if rate > 0 {
			predicted = fmt.Sprint(int(math.Ceil(math.Log(tol) / (2 * math.Log(rate)))))
		}
		rows = append(rows, []string{fmt.Sprint(kappa), g3(eta), f4(rate), predicted, r.String()})
	}
	out.Printf("gradient descent with η = 2/(L + μ) until f ≤ %g·f₀\n\n", tol)
	out.Printf("%s", book.Table([]string{"κ", "η", "rate (κ−1)/(κ+1)", "steps predicted", "steps taken"}, rows))
	return nil
}

// runMomentumPolyak compares, on the ellipse ½(x² + κy²) (L = κ, μ = 1):
// gradient descent with its best step 2/(L + μ); heavy-ball momentum with
// Polyak's α = 4/(√L + √μ)² and β = ((√κ − 1)/(√κ + 1))²; Nesterov with
// its own tuning α = 1/L, β = (√κ − 1)/(√κ + 1); and Nesterov given the
// heavy ball's α and β. All four are core/optim's "sgd".
func runMomentumPolyak(ctx context.Context, in book.Inputs, out book.Output) error {
	kappa := in.Float("kappa")
	s, err := surface.Ellipse(kappa)
	if err != nil {
		return err
	}
	L, mu, rk := kappa, 1.0, math.Sqrt(kappa)
	alpha := 4 / math.Pow(math.Sqrt(L)+math.Sqrt(mu), 2)
	beta := math.Pow((rk-1)/(rk+1), 2)
	runs := []struct {
		name   string
		values map[string]float64
		rate   float64 // the predicted factor per step, NaN if none
	}{
		{"gradient descent, η = 2/(L+μ)", map[string]float64{"lr": 2 / (L + mu)}, (kappa - 1) / (kappa + 1)},
		{"heavy ball, Polyak's α, β", map[string]float64{"lr": alpha, "momentum": beta}, math.Sqrt(beta)},
		{"Nesterov, α = 1/L, β = (√κ−1)/(√κ+1)", map[string]float64{"lr": 1 / L, "momentum": (rk - 1) / (rk + 1), "nesterov": 1}, 1 - 1/rk},
		{"Nesterov, Polyak's α, β", map[string]float64{"lr": alpha, "momentum": beta, "nesterov": 1}, math.NaN()},
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
	out.Printf("κ = %g: Polyak's α = %s, β = %s\n", kappa, g3(alpha), f4(beta))
	// On the steepest direction the heavy ball is stable for α·L < 2(1 + β),
	// Nesterov only for α·L < (2 + 2β)/(1 + 2β): its look-ahead takes the
	// gradient after the momentum step, which amplifies the steep direction.
	out.Printf("with that β, stable α: heavy ball < %s, Nesterov < %s\n\n", f4(2*(1+beta)/L), f4((2+2*beta)/((1+2*beta)*L)))
	out.Printf("%s\n", book.Table([]string{"method", "rate per step", "steps to f ≤ 1e-10·f₀"}, rows))
	out.Printf("%s", book.Curves(series, book.CurveOptions{Width: 60, Height: 10, LogY: true, Caption: "f − f* per step (log scale)"}))
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
	}{
		{fmt.Sprintf("gradient descent, η = %g", eta), "sgd", map[string]float64{"lr": eta}},
		{"momentum, η = 0.05, β = 0.8", "sgd", map[string]float64{"lr": 0.05, "momentum": 0.8}},
		{"Adam, η = 0.5", "adam", map[string]float64{"lr": 0.5}},
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
		rows = append(rows, []string{r.name, fmt.Sprintf("(%s, %s)", f4(last.X), f4(last.Y)), g3(last.Loss)})
	}
	out.Printf("%s\n", book.Table([]string{"path", fmt.Sprintf("after %d steps", in.Int("steps")), "f"}, rows))
	// One panel per path: drawn together they cross too often to read.
	w := s.Window
	for _, p := range paths {
		out.Printf("\n%s", book.Paths([]book.Path{p}, book.PathOptions{Width: 60, Height: 11,
			XMin: w.XMin, XMax: w.XMax, YMin: w.YMin, YMax: w.YMax,
			Level: s.Value, Floor: s.MinValue, Mark: &[2]float64{0, 0}}))
	}
	return nil
}

// runNesterovSign runs three updates on J(θ) = θ (gradient 1 everywhere)
// from θ = 0. The second source document prints Nesterov as
// θₜ₊₁ = θₜ − α∇J(θₜ − vₜ) + vₜ next to a momentum rule vₜ = βvₜ₋₁ − α∇J.
// Its look-ahead θ − v only points ahead if v accumulates +α∇J (the other
// sign convention); read that way, "+ vₜ" adds an uphill step.
func runNesterovSign(ctx context.Context, in book.Inputs, out book.Output) error {
	alpha, beta := in.Float("lr"), in.Float("beta")
	grad := func(theta float64) float64 { return 1 } // J(θ) = θ

	var correct, correctV float64   // Sutskever et al. (2013)
	var printedA, printedAV float64 // as printed, v from its momentum line
	var printedB, printedBV float64 // as printed, v as its look-ahead implies
	var rows [][]string
	for t := 0; t <= 10; t++ {
		if t%2 == 0 {
			rows = append(rows, []string{fmt.Sprint(t), f4(correct), f4(printedA), f4(printedB)})
		}
		// v ← βv − α∇J(θ + βv);  θ ← θ + v
		correctV = beta*correctV - alpha*grad(correct+beta*correctV)
		correct += correctV
		// vₜ = βvₜ₋₁ − α∇J(θₜ);  θₜ₊₁ = θₜ − α∇J(θₜ − vₜ) + vₜ
		printedAV = beta*printedAV - alpha*grad(printedA)
		printedA = printedA - alpha*grad(printedA-printedAV) + printedAV
		// vₜ = βvₜ₋₁ + α∇J(θₜ);  θₜ₊₁ = θₜ − α∇J(θₜ − vₜ) + vₜ
		printedBV = beta*printedBV + alpha*grad(printedB)
		printedB = printedB - alpha*grad(printedB-printedBV) + printedBV
	}
	out.Printf("J(θ) = θ, θ₀ = 0, α = %g, β = %g: downhill is θ decreasing\n\n", alpha, beta)
	out.Printf("%s", book.Table([]string{"t", "Nesterov (correct)", "as printed, v = βv − α∇J", "as printed, v = βv + α∇J"}, rows))
	return nil
}
