package algorithms

import (
	"context"
	_ "embed"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize"

	"descent/chapters/book"
	"descent/core/surface"
)

//go:embed cells_curvature.go
var curvatureSource []byte

func curvatureCells() []book.Cell {
	return []book.Cell{
		{ID: "preconditioning", Title: "Newton, a diagonal preconditioner and Adam: aligned versus rotated bowl", Run: runPreconditioning,
			Source: book.MustSource(curvatureSource, "runPreconditioning"),
			Params: []book.Param{
				{Name: "kappa", Doc: "condition number κ of the bowl", Kind: book.Float, Default: 100, Min: 1, Max: 10000, Log: true},
				{Name: "steps", Doc: "steps per run", Kind: book.Int, Default: 100, Min: 1, Max: 5000}}},
		{ID: "armijo", Title: "One backtracking line search on Rosenbrock, trial by trial", Run: runArmijo,
			Source: book.MustSource(curvatureSource, "runArmijo"),
			Params: []book.Param{
				{Name: "c", Doc: "the Armijo constant c in f(θ + t·d) ≤ f(θ) + c·t·∇f·d", Kind: book.Float, Default: 1e-4, Min: 1e-6, Max: 0.9, Log: true},
				{Name: "shrink", Doc: "the factor ρ that shrinks a rejected step", Kind: book.Float, Default: 0.5, Min: 0.1, Max: 0.9}}},
		{ID: "curvature", Title: "Rosenbrock by first-order methods, Newton, Gauss–Newton and quasi-Newton", Run: runCurvature,
			Source: book.MustSource(curvatureSource, "runCurvature") + "\n\n" + book.MustSource(curvatureSource, "gaussNewton"),
			Params: []book.Param{{Name: "tol", Doc: "stop when f falls to this value (f* = 0)", Kind: book.Float, Default: 1e-10, Min: 1e-14, Max: 1e-2, Log: true}}},
	}
}

// runPreconditioning minimizes the bowl f = ½·θᵀHθ with eigenvalues 1 and
// κ, once with its axes along x and y and once rotated by 45°, by gradient
// descent, by Newton's method θ ← θ − H⁻¹∇f, by gradient descent divided by
// the diagonal of H (Jacobi preconditioning) and by Adam.
func runPreconditioning(ctx context.Context, in book.Inputs, out book.Output) error {
	kappa, steps := in.Float("kappa"), in.Int("steps")
	bowl := func(angle float64) [2][2]float64 {
		c, s := math.Cos(angle), math.Sin(angle)
		// H = R·diag(1, κ)·Rᵀ
		return [2][2]float64{{c*c + kappa*s*s, (1 - kappa) * c * s}, {(1 - kappa) * c * s, s*s + kappa*c*c}}
	}
	type method func(H [2][2]float64, theta, g []float64, t int)
	methods := []struct {
		name string
		make func() method
	}{
		{"gradient descent, η = 2/(L+μ)", func() method {
			return func(H [2][2]float64, th, g []float64, t int) {
				th[0] -= 2 / (kappa + 1) * g[0]
				th[1] -= 2 / (kappa + 1) * g[1]
			}
		}},
		{"Newton, θ ← θ − H⁻¹∇f", func() method {
			return func(H [2][2]float64, th, g []float64, t int) {
				det := H[0][0]*H[1][1] - H[0][1]*H[1][0]
				th[0] -= (H[1][1]*g[0] - H[0][1]*g[1]) / det
				th[1] -= (-H[1][0]*g[0] + H[0][0]*g[1]) / det
			}
		}},
		{"diagonal, θᵢ ← θᵢ − ½·gᵢ/Hᵢᵢ", func() method {
			return func(H [2][2]float64, th, g []float64, t int) {
				// Half a Newton step per coordinate: the full one overshoots
				// when the axes are rotated.
				th[0] -= 0.5 * g[0] / H[0][0]
				th[1] -= 0.5 * g[1] / H[1][1]
			}
		}},
		{"Adam, η = 0.05", func() method {
			opt := newOpt("adam", map[string]float64{"lr": 0.05})
			return func(H [2][2]float64, th, g []float64, t int) { opt.Step(th, g) }
		}},
	}
	var rows [][]string
	for _, m := range methods {
		row := []string{m.name}
		for _, angle := range []float64{0, math.Pi / 4} {
			H, step := bowl(angle), m.make()
			// Start at the same distance along the flat and the steep axis.
			c, s := math.Cos(angle), math.Sin(angle)
			theta := []float64{c - s, s + c}
			f := func() float64 {
				return 0.5 * (theta[0]*(H[0][0]*theta[0]+H[0][1]*theta[1]) + theta[1]*(H[1][0]*theta[0]+H[1][1]*theta[1]))
			}
			for t := 1; t <= steps; t++ {
				g := []float64{H[0][0]*theta[0] + H[0][1]*theta[1], H[1][0]*theta[0] + H[1][1]*theta[1]}
				step(H, theta, g, t)
			}
			row = append(row, g3(f()))
		}
		rows = append(rows, row)
	}
	out.Printf("f = ½θᵀHθ, eigenvalues 1 and %g, f₀ = %s, %d steps\n\n", kappa, g3(0.5*(1+kappa)), steps)
	out.Printf("%s", book.Table([]string{"method", "f, axes along x, y", "f, axes rotated 45°"}, rows))
	return nil
}

// runArmijo shows one backtracking line search from Rosenbrock's usual
// start along the steepest-descent direction d = −∇f. A trial step t is
// accepted when it decreases f by at least a fraction c of what the slope
// promises, f(θ + t·d) ≤ f(θ) + c·t·∇f·d (Armijo 1966); otherwise it is
// shrunk, t ← ρ·t. The table lists the trials from t = 1 on.
func runArmijo(ctx context.Context, in book.Inputs, out book.Output) error {
	s := surface.Rosenbrock()
	c, rho := in.Float("c"), in.Float("shrink")
	x, y := s.Start.X, s.Start.Y
	gx, gy := s.Gradient(x, y)
	dx, dy := -gx, -gy
	f0, slope := s.Value(x, y), gx*dx+gy*dy // ∇f·d = −‖∇f‖² < 0
	var rows [][]string
	accepted := 0.0
	for t, trial := 1.0, 1; trial <= 60 && accepted == 0; t, trial = t*rho, trial+1 {
		ft, line := s.Value(x+t*dx, y+t*dy), f0+c*t*slope
		verdict := "rejected: shrink"
		if ft <= line {
			verdict, accepted = "accepted", t
		}
		rows = append(rows, []string{fmt.Sprint(trial), g3(t), g3(ft), g3(line), verdict})
	}
	out.Printf("Rosenbrock at (%g, %g): f = %s, ∇f = (%s, %s), d = −∇f, ∇f·d = %s; c = %g, ρ = %g\n\n",
		x, y, g3(f0), g3(gx), g3(gy), g3(slope), c, rho)
	out.Printf("%s\n", book.Table([]string{"trial", "t", "f(θ + t·d)", "f(θ) + c·t·∇f·d", "verdict"}, rows))
	if accepted > 0 {
		out.Printf("the step moves θ by %s to (%s, %s), where f = %s\n", g3(accepted*math.Hypot(dx, dy)),
			f4(x+accepted*dx), f4(y+accepted*dy), g3(s.Value(x+accepted*dx, y+accepted*dy)))
	}
	return nil
}

// gaussNewton minimizes Rosenbrock written as a sum of squares,
// f = r₁² + r₂² with r₁ = 10(y − x²) and r₂ = 1 − x. Each step linearizes
// the residuals, r(θ + d) ≈ r + J·d, and solves the linear least-squares
// problem for d: (JᵀJ)·d = −Jᵀr. Here J is 2×2 and invertible, so that is
// J·d = −r. It counts residual (and Jacobian) evaluations.
func gaussNewton(x, y, tol float64, maxSteps int) (steps int, fx float64) {
	for steps = 0; steps < maxSteps; steps++ {
		r1, r2 := 10*(y-x*x), 1-x
		if fx = r1*r1 + r2*r2; fx <= tol {
			return steps, fx
		}
		// J = [[∂r₁/∂x, ∂r₁/∂y], [∂r₂/∂x, ∂r₂/∂y]] = [[−20x, 10], [−1, 0]]
		j11, j12, j21, j22 := -20*x, 10.0, -1.0, 0.0
		det := j11*j22 - j12*j21
		dx := (-r1*j22 + r2*j12) / det
		dy := (-r2*j11 + r1*j21) / det
		x, y = x+dx, y+dy
	}
	r1, r2 := 10*(y-x*x), 1-x
	return steps, r1*r1 + r2*r2
}

// stopAt is a gonum Converger that ends a run once f ≤ tol, so that every
// method in the table stops at the same accuracy.
type stopAt float64

func (stopAt) Init(int) {}
func (s stopAt) Converged(loc *optimize.Location) optimize.Status {
	if loc.F <= float64(s) {
		return optimize.FunctionThreshold
	}
	return optimize.NotTerminated
}

// runCurvature runs Rosenbrock's function from (−1.2, 1) until f ≤ tol
// with core/optim's first-order methods (one gradient per step) and with
// gonum's optimize package: gradient descent with a backtracking (Armijo)
// line search, Newton's method (gonum adds τ·I to the Hessian until it is
// positive definite, then searches along the Newton direction), BFGS and
// L-BFGS (gonum's default line search, which finds a step satisfying the
// strong Wolfe conditions by bisection), and Gauss–Newton by hand. It
// counts what each one evaluates.
func runCurvature(ctx context.Context, in book.Inputs, out book.Output) error {
	tol := in.Float("tol")
	s := surface.Rosenbrock()
	var rows [][]string
	// First-order methods from core/optim: one gradient (and, to check the
	// tolerance, one value) per step.
	for _, m := range []struct {
		name, kind string
		values     map[string]float64
	}{
		{"gradient descent, η = 0.001", "sgd", map[string]float64{"lr": 0.001}},
		{"heavy ball, η = 0.001, β = 0.9", "sgd", map[string]float64{"lr": 0.001, "momentum": 0.9}},
		{"Adam, η = 0.02", "adam", map[string]float64{"lr": 0.02}},
	} {
		out.Progress("%s", m.name)
		r, err := stepsTo(ctx, s, newOpt(m.kind, m.values), tol/s.Value(s.Start.X, s.Start.Y), 100000)
		if err != nil {
			return err
		}
		steps := r.String()
		rows = append(rows, []string{m.name, steps, "—", fmt.Sprint(r.steps), "—", g3(r.curve[len(r.curve)-1])})
	}
	// gonum's methods, all stopped by the same test.
	problem := optimize.Problem{
		Func: func(x []float64) float64 { return s.Value(x[0], x[1]) },
		Grad: func(g, x []float64) { g[0], g[1] = s.Gradient(x[0], x[1]) },
		Hess: func(h *mat.SymDense, x []float64) {
			// ∂²f/∂x² = 2 − 400(y − 3x²), ∂²f/∂x∂y = −400x, ∂²f/∂y² = 200
			h.SetSym(0, 0, 2-400*(x[1]-3*x[0]*x[0]))
			h.SetSym(0, 1, -400*x[0])
			h.SetSym(1, 1, 200)
		},
		Status: func() (optimize.Status, error) {
			if err := ctx.Err(); err != nil {
				return optimize.Failure, err
			}
			return optimize.NotTerminated, nil
		},
	}
	for _, m := range []struct {
		name   string
		method optimize.Method
	}{
		{"gradient descent + Armijo backtracking", &optimize.GradientDescent{Linesearcher: &optimize.Backtracking{},
			StepSizer: &optimize.ConstantStepSize{Size: 1}}},
		{"Newton + line search", &optimize.Newton{}},
		{"BFGS + line search", &optimize.BFGS{}},
		{"L-BFGS (15 pairs) + line search", &optimize.LBFGS{}},
	} {
		out.Progress("%s", m.name)
		settings := &optimize.Settings{Converger: stopAt(tol), MajorIterations: 100000, GradientThreshold: 1e-300}
		res, err := optimize.Minimize(problem, []float64{s.Start.X, s.Start.Y}, settings, m.method)
		if err := ctx.Err(); err != nil {
			return err
		}
		steps := fmt.Sprint(res.MajorIterations)
		if err != nil || res.F > tol {
			steps = fmt.Sprintf("stopped at %d (%v)", res.MajorIterations, res.Status)
		}
		hess := "—"
		if res.HessEvaluations > 0 {
			hess = fmt.Sprint(res.HessEvaluations)
		}
		rows = append(rows, []string{m.name, steps, fmt.Sprint(res.FuncEvaluations), fmt.Sprint(res.GradEvaluations), hess, g3(res.F)})
	}
	gnSteps, gnF := gaussNewton(s.Start.X, s.Start.Y, tol, 100)
	rows = append(rows, []string{"Gauss–Newton (by hand)", fmt.Sprint(gnSteps),
		fmt.Sprint(gnSteps+1) + " r", "—", fmt.Sprint(gnSteps) + " J", g3(gnF)})
	out.Printf("%s from (%g, %g) until f ≤ %g\n\n", s.Formula, s.Start.X, s.Start.Y, tol)
	out.Printf("%s", book.Table([]string{"method", "steps", "f evaluations", "∇f evaluations", "Hessian evaluations", "f at the end"}, rows))
	return nil
}
