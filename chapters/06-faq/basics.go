package faq

import (
	"context"
	"fmt"
	"math"

	"descent/chapters/book"
	"descent/core/data"
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
		end := trace.Points[len(trace.Points)-1]
		gx, gy := f.Gradient(end.X, end.Y)
		rows = append(rows, []string{tr.name, fmt.Sprint(tr.lr), fmt.Sprintf("(%g, %g)", tr.start.X, tr.start.Y),
			fmt.Sprintf("(%.3f, %.3f)", end.X, end.Y), fmt.Sprintf("%.3g", end.Loss), fmt.Sprintf("%.1e", math.Hypot(gx, gy)),
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
