package faq

import (
	"context"
	"fmt"
	"math"

	"descent/chapters/book"
	"descent/core/data"
	"descent/core/num"
	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
)

// runWhyOptimize trains logistic regression on the two-moons data by
// gradient descent on cross-entropy, recording the loss and the accuracy.
// After probe steps it asks both for their slope by central differences.
func runWhyOptimize(ctx context.Context, in book.Inputs, out book.Output) error {
	ds, err := data.Generate("moons", 200, uint64(in.Int("seed")))
	if err != nil {
		return err
	}
	model := logistic{x: ds.X, y: ds.Y}
	opt, err := optim.New("sgd", map[string]float64{"lr": in.Float("lr")})
	if err != nil {
		return err
	}
	theta, grad := make([]float64, 3), make([]float64, 3)
	rows := allRows(len(ds.X))
	var losses, errors []float64
	for t := range in.Int("steps") {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if t == in.Int("probe") {
			out.Printf("after %d steps, slopes by central differences:\n", t)
			printSlopes(out, model, theta)
		}
		losses = append(losses, model.lossAndGrad(theta, rows, grad))
		errors = append(errors, 1-model.accuracy(theta))
		opt.Step(theta, grad)
	}
	out.Printf("after %d steps: cross-entropy %.4f, accuracy %.1f%%\n",
		len(losses), model.lossAndGrad(theta, rows, grad), 100*model.accuracy(theta))
	out.Frame(book.Curves([]book.Series{{Name: "cross-entropy", Values: losses}, {Name: "error rate", Values: errors}},
		book.CurveOptions{Caption: "the loss falls smoothly; the error rate moves in steps"}))
	return nil
}

// printSlopes prints the slopes of the loss and of the accuracy at theta,
// by central differences with h = 10⁻⁴.
func printSlopes(out book.Output, model logistic, theta []float64) {
	const h = 1e-4
	rows, grad := allRows(len(model.x)), make([]float64, len(theta))
	var lossSlope, accSlope [3]float64
	for j := range theta {
		keep := theta[j]
		theta[j] = keep + h
		lPlus, aPlus := model.lossAndGrad(theta, rows, grad), model.accuracy(theta)
		theta[j] = keep - h
		lMinus, aMinus := model.lossAndGrad(theta, rows, grad), model.accuracy(theta)
		theta[j] = keep
		lossSlope[j], accSlope[j] = (lPlus-lMinus)/(2*h), (aPlus-aMinus)/(2*h)
	}
	out.Printf("slope of the loss     (w₁, w₂, b): %+.4f %+.4f %+.4f\n", lossSlope[0], lossSlope[1], lossSlope[2])
	out.Printf("slope of the accuracy (w₁, w₂, b): %+.4f %+.4f %+.4f\n", accSlope[0], accSlope[1], accSlope[2])
}

// runConverges runs gradient descent on f = 0.1x² + 2y² (L = 4) at several
// rates around 2/L, then on surfaces where "converges" means less than the
// FAQ promises: a saddle and a function with four minima.
func runConverges(ctx context.Context, in book.Inputs, out book.Output) error {
	steps := in.Int("steps")
	type trial struct {
		name  string
		lr    float64
		start surface.Point
	}
	trials := []trial{
		{"quadratic", 0.1, surface.Point{X: -5, Y: -2}},
		{"quadratic", 0.45, surface.Point{X: -5, Y: -2}},
		{"quadratic", 0.49, surface.Point{X: -5, Y: -2}},
		{"quadratic", 0.51, surface.Point{X: -5, Y: -2}},
		{"saddle", 0.1, surface.Point{X: 1, Y: 0}},
		{"saddle", 0.1, surface.Point{X: 1, Y: 1e-9}},
		{"himmelblau", 0.01, surface.Point{X: 0, Y: 0}},
		{"himmelblau", 0.01, surface.Point{X: -1, Y: 0}},
		{"himmelblau", 0.01, surface.Point{X: -1, Y: -1}},
		{"himmelblau", 0.01, surface.Point{X: 1, Y: -1}},
	}
	var rows [][]string
	var curves []book.Series
	for _, tr := range trials {
		f, err := surface.ByName(tr.name)
		if err != nil {
			return err
		}
		opt, err := optim.New("sgd", map[string]float64{"lr": tr.lr})
		if err != nil {
			return err
		}
		trace, err := train.RunTrace(ctx, f, opt, tr.start, steps)
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		end := trace.Points[len(trace.Points)-1]
		gx, gy := f.Gradient(end.X, end.Y)
		rows = append(rows, []string{tr.name, fmt.Sprint(tr.lr), fmt.Sprintf("(%s, %s)", num.G(tr.start.X), num.G(tr.start.Y)),
			fmt.Sprintf("(%s, %s)", num.Sig(end.X, 3), num.Sig(end.Y, 3)), num.Sig(end.Loss, 3), num.Sig(math.Hypot(gx, gy), 2),
			verdict(f, trace, tr.start)})
		if tr.name == "quadratic" {
			var values []float64
			for _, p := range trace.Points {
				values = append(values, p.Loss)
			}
			curves = append(curves, book.Series{Name: fmt.Sprintf("η = %g", tr.lr), Values: values})
		}
	}
	out.Printf("%s", book.Table([]string{"surface", "η", "start", "end", "f", "‖∇f‖", "status"}, rows))
	out.Frame(book.Curves(curves, book.CurveOptions{LogY: true, Caption: "f(θₜ) on 0.1x² + 2y²: 2/L = 0.5"}))
	return nil
}

// verdict says in words where a run ended up.
func verdict(f *surface.Surface, trace train.Trace, start surface.Point) string {
	end := trace.Points[len(trace.Points)-1]
	gx, gy := f.Gradient(end.X, end.Y)
	atMinimum := false
	for _, m := range f.Minima {
		atMinimum = atMinimum || math.Hypot(end.X-m.X, end.Y-m.Y) < 1e-3
	}
	switch {
	case trace.Status == train.Diverged:
		return fmt.Sprintf("diverged at step %d", end.Step+1)
	case end.Loss > f.Value(start.X, start.Y):
		return "growing: it will overflow"
	case len(f.Minima) == 0 && end.Loss < f.Value(start.X, start.Y)-1:
		return "escaping: f has no minimum"
	case math.Hypot(gx, gy) > 1e-6:
		return "still on its way"
	case atMinimum:
		return "at a minimum"
	}
	return "stuck where ∇f = 0, not a minimum"
}

// runNoFloor runs gradient descent on the saddle f = x² − y², whose
// gradient is 2-Lipschitz (L = 2), and checks the descent lemma's promise
// at every step: f falls by at least η·(1 − η·L/2)·‖∇f‖². It also prints
// the telescoped bound on the smallest gradient seen,
//
//	min ‖∇f(θₛ)‖² ≤ 2·(f(θ₀) − f(θₜ))/(η·(2 − η·L)·t),
//
// which drives the gradient to zero only when f(θₜ) cannot fall below a
// floor J*. This f has none.
func runNoFloor(ctx context.Context, in book.Inputs, out book.Output) error {
	const lipschitz = 2.0
	eta, steps := in.Float("lr"), in.Int("steps")
	f := surface.Saddle()
	x, y := 1.0, in.Float("offset")
	f0 := f.Value(x, y)
	worst := math.Inf(1) // the smallest (actual fall) / (promised fall)
	minGrad2 := math.Inf(1)
	checkpoints := map[int]bool{0: true, 10: true, 25: true, 50: true, 100: true, 150: true, 300: true, 600: true, 1000: true}
	var rows [][]string
	row := func(t int, fx, g2 float64) {
		bound := "—"
		if t > 0 {
			bound = num.Sig(2*(f0-fx)/(eta*(2-eta*lipschitz)*float64(t)), 3)
		}
		rows = append(rows, []string{fmt.Sprint(t), num.Sig(fx, 3), num.Sig(math.Sqrt(g2), 3), num.Sig(minGrad2, 3), bound})
	}
	for t := 0; ; t++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		gx, gy := f.Gradient(x, y)
		g2 := gx*gx + gy*gy
		fx := f.Value(x, y)
		minGrad2 = math.Min(minGrad2, g2)
		if checkpoints[t] || t == steps {
			row(t, fx, g2)
		}
		if t == steps {
			break
		}
		if fx < -1e12 {
			out.Printf("%s", book.Table([]string{"step t", "f(θₜ)", "‖∇f(θₜ)‖", "min ‖∇f‖² so far", "bound on it"}, rows))
			return book.Diverged("stopped at step %d: f passed −1e12, and x² − y² has no floor below it", t)
		}
		x, y = x-eta*gx, y-eta*gy
		promised := eta * (1 - eta*lipschitz/2) * g2
		if promised > 0 {
			worst = math.Min(worst, (fx-f.Value(x, y))/promised)
		}
	}
	out.Printf("gradient descent on x² − y² (L = 2) from (1, %s), η = %s\n", num.G(in.Float("offset")), num.G(eta))
	out.Printf("%s", book.Table([]string{"step t", "f(θₜ)", "‖∇f(θₜ)‖", "min ‖∇f‖² so far", "bound on it"}, rows))
	verdict := "held at every step"
	if worst < 1-1e-9 { // a ratio of 1 up to rounding is kept
		verdict = "failed at some step"
	}
	out.Printf("the lemma's promise, a fall of at least η·(1 − η·L/2)·‖∇f‖², %s (smallest ratio of fall to promise: %s)\n",
		verdict, num.Sig(worst, 4))
	return nil
}
