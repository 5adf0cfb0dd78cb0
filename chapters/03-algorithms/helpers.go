package algorithms

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"descent/chapters/book"
	"descent/core/num"
	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
)

// f4 formats with four decimals (never "-0.0000"; huge or non-finite
// values in words or short exponent form, through core/num).
func f4(v float64) string {
	switch {
	case math.Abs(v) < 5e-5:
		return "0.0000"
	case math.Abs(v) < 1e6:
		return strconv.FormatFloat(v, 'f', 4, 64)
	}
	return num.G(v) // huge, or not a number: short, or in words
}

// g3 formats with three significant digits (non-finite values in words).
func g3(v float64) string {
	if v == 0 {
		v = 0 // −0 prints as 0
	}
	return num.Sig(v, 3)
}

// newOpt builds an optimizer from core/optim by kind and hyperparameters.
func newOpt(kind string, values map[string]float64) optim.Optimizer {
	opt, err := optim.New(kind, values)
	if err != nil {
		// Every call in this chapter passes fixed, valid values or values a
		// book.Param has already range-checked: an error is a bug here.
		panic(err)
	}
	return opt
}

// A race is how one run towards a tolerance went.
type race struct {
	steps    int       // steps taken
	curve    []float64 // the measured error from the start
	reached  bool      // the error fell to tol times its start
	diverged bool
}

// String is the steps taken, or why there is no such number.
func (r race) String() string {
	switch {
	case r.diverged:
		return fmt.Sprintf("diverged (step %d)", r.steps)
	case !r.reached:
		return fmt.Sprintf("> %d", r.steps)
	}
	return fmt.Sprint(r.steps)
}

// stepsTo runs opt on s from its start until f − f* falls to tol times its
// starting value, for at most max steps.
func stepsTo(ctx context.Context, s *surface.Surface, opt optim.Optimizer, tol float64, max int) (race, error) {
	return runUntil(ctx, s, opt, tol, max, func(p train.Point) float64 { return p.Loss - s.MinValue })
}

// stepsToDistance runs opt on s from its start until the distance to the
// minimum at the origin, ‖θ‖, falls to tol times its start.
func stepsToDistance(ctx context.Context, s *surface.Surface, opt optim.Optimizer, tol float64, max int) (race, error) {
	return runUntil(ctx, s, opt, tol, max, func(p train.Point) float64 { return math.Hypot(p.X, p.Y) })
}

func runUntil(ctx context.Context, s *surface.Surface, opt optim.Optimizer, tol float64, max int, errOf func(train.Point) float64) (race, error) {
	run, err := train.NewSurfaceRun(s, opt, s.Start)
	if err != nil {
		return race{}, err
	}
	e0 := errOf(run.Current())
	r := race{curve: []float64{e0}}
	for r.steps < max {
		if r.steps%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return race{}, err
			}
		}
		p, ok := run.Step()
		r.steps++
		if !ok || run.Status() == train.Diverged {
			r.diverged = true
			return r, nil
		}
		e := errOf(p)
		r.curve = append(r.curve, e)
		if e <= tol*e0 {
			r.reached = true
			return r, nil
		}
	}
	return r, nil
}

// printPath draws one path over a surface's contours. book.Paths marks a
// path with its digit; a long straight stretch would then print as a row of
// identical digits, which reads like a runaway number, so the path is drawn
// with mark instead (the figure offered for --plot is the same path).
func printPath(out book.Output, p book.Path, o book.PathOptions, mark rune) {
	text := book.Paths([]book.Path{p}, o)
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if j := strings.Index(l, "│"); j >= 0 {
			lines[i] = l[:j] + strings.ReplaceAll(l[j:], "1", string(mark))
		} else if strings.HasPrefix(l, "1 ") {
			lines[i] = string(mark) + l[1:]
		}
	}
	out.Printf("%s", strings.Join(lines, "\n"))
	book.Offer(out, book.Figure{Paths: []book.Path{p}, PathOptions: o})
}

// pt formats a point.
func pt(x, y float64) string { return "(" + f4(x) + ", " + f4(y) + ")" }
