package algorithms

import (
	"context"
	"fmt"
	"math"
	"strconv"

	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
)

// f4 formats with four decimals (and never "-0.0000").
func f4(v float64) string {
	if math.Abs(v) < 5e-5 {
		v = 0
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}

// g3 formats with three significant digits.
func g3(v float64) string {
	if v == 0 {
		v = 0 // −0 prints as 0
	}
	return strconv.FormatFloat(v, 'g', 3, 64)
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
	curve    []float64 // f − f* from the start
	reached  bool      // f − f* fell to tol·(f₀ − f*)
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
	run, err := train.NewSurfaceRun(s, opt, s.Start)
	if err != nil {
		return race{}, err
	}
	f0 := s.Value(s.Start.X, s.Start.Y) - s.MinValue
	r := race{curve: []float64{f0}}
	for r.steps < max {
		if err := ctx.Err(); err != nil {
			return race{}, err
		}
		p, ok := run.Step()
		r.steps++
		if !ok || run.Status() == train.Diverged {
			r.diverged = true
			return r, nil
		}
		r.curve = append(r.curve, p.Loss-s.MinValue)
		if p.Loss-s.MinValue <= tol*f0 {
			r.reached = true
			return r, nil
		}
	}
	return r, nil
}
