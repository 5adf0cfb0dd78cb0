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
	return []book.Cell{
		{ID: "gd-stability", Title: "The stability bound η < 2/L on a bowl", Run: runGDStability,
			Source: book.MustSource(gdSource, "runGDStability"),
			Params: []book.Param{{Name: "steps", Doc: "steps per run", Kind: book.Int, Default: 100, Min: 1, Max: 10000}}},
		{ID: "condition-number", Title: "The condition number sets the pace", Run: runConditionNumber,
			Source: book.MustSource(gdSource, "runConditionNumber"),
			Params: []book.Param{{Name: "tol", Doc: "stop when f has fallen to this fraction of its start", Kind: book.Float, Default: 1e-6, Min: 1e-12, Max: 0.1, Log: true}}},
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
