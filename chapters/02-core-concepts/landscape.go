package concepts

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"descent/chapters/book"
	"descent/core/num"
	"descent/core/optim"
)

// The cells of the sections on the shape of the loss (convexity,
// conditioning, saddles), on stopping, and on step sizes for stochastic
// gradients.

//go:embed landscape.go
var landscapeSource []byte

// runConvexity tests four losses two ways. Chords: a convex J satisfies
// J(t·a + (1−t)·b) ≤ t·J(a) + (1−t)·J(b) for every pair a, b and t in
// [0, 1]; the cell counts the random chords that break it (that pass
// below the graph somewhere). Starts: it runs gradient descent from 12
// random points, counts the distinct points where the runs end, and the
// runs that end at a loss above the best one found, in a worse minimum.
func runConvexity(ctx context.Context, in book.Inputs, out book.Output) error {
	rng := rand.New(rand.NewPCG(uint64(in.Int("seed")), 17))
	const starts = 12
	var rows [][]string
	for _, p := range landscapeProblems() {
		if err := ctx.Err(); err != nil {
			return err
		}
		d := p.dim
		a, b, mid := make([]float64, d), make([]float64, d), make([]float64, d)
		broken := 0
		const chords = 2000
		for range chords {
			for j := range d {
				a[j], b[j] = p.box*(2*rng.Float64()-1), p.box*(2*rng.Float64()-1)
			}
			t := rng.Float64()
			for j := range d {
				mid[j] = t*a[j] + (1-t)*b[j]
			}
			chord := t*p.f(a) + (1-t)*p.f(b)
			if p.f(mid) > chord+1e-12*math.Max(1, math.Abs(chord)) {
				broken++
			}
		}
		out.Progress("%s: gradient descent from %d starts", p.name, starts)
		finals := make([]float64, starts)
		var ends [][]float64 // distinct end points, 0.01 apart or more
		g := make([]float64, d)
		for s := range finals {
			theta := make([]float64, d)
			for j := range theta {
				theta[j] = p.box * (2*rng.Float64() - 1)
			}
			for range 3000 {
				p.grad(theta, g)
				for j := range theta {
					theta[j] -= p.eta * g[j]
				}
			}
			finals[s] = p.f(theta)
			known := false
			for _, e := range ends {
				known = known || distance(e, theta) < 0.01
			}
			if !known {
				ends = append(ends, theta)
			}
		}
		best := finals[0]
		for _, v := range finals {
			best = math.Min(best, v)
		}
		worse := 0
		for _, v := range finals {
			if v > best+1e-3 {
				worse++
			}
		}
		rows = append(rows, []string{p.name, fmt.Sprintf("%d/%d", broken, chords),
			fmt.Sprint(len(ends)), fmt.Sprintf("%d/%d", worse, starts), num.Fixed(best, 4)})
	}
	out.Printf("%s", book.Table([]string{"loss", "chords below the graph", "end points", "runs ending higher", "best loss"}, rows))
	return nil
}

// A landscapeProblem is a loss with its gradient, a box to draw points
// from, and a learning rate gradient descent is stable with.
type landscapeProblem struct {
	name     string
	dim      int
	box, eta float64
	f        func(theta []float64) float64
	grad     func(theta, g []float64)
}

// landscapeProblems returns two convex losses (least squares, logistic
// regression) and two that are not (one tanh unit, a tilted double well).
func landscapeProblems() []landscapeProblem {
	xs, ys := linePoints()
	// Labels for logistic regression: 1 where the point lies above y = 2x + 1.
	labels := make([]float64, len(xs))
	for i := range xs {
		if ys[i] > 2*xs[i]+1 {
			labels[i] = 1
		}
	}
	// Targets for the tanh unit: y = 2·tanh(1.5x) plus noise, x in [−2, 2).
	tx, ty := make([]float64, 30), make([]float64, 30)
	rng := rand.New(rand.NewPCG(9, 9))
	for i := range tx {
		tx[i] = 4*rng.Float64() - 2
		ty[i] = 2*math.Tanh(1.5*tx[i]) + 0.1*rng.NormFloat64()
	}
	return []landscapeProblem{
		{"least squares, y = w·x + b", 2, 3, 0.1,
			func(th []float64) float64 { return lineLossAndGrad(xs, ys, th, make([]float64, 2)) },
			func(th, g []float64) { lineLossAndGrad(xs, ys, th, g) }},
		{"logistic regression", 2, 3, 0.5,
			func(th []float64) float64 { return logisticLossAndGrad(xs, labels, th, nil) },
			func(th, g []float64) { logisticLossAndGrad(xs, labels, th, g) }},
		{"one tanh unit, y = v·tanh(w·x)", 2, 3, 0.05,
			func(th []float64) float64 { return tanhUnitLossAndGrad(tx, ty, th, nil) },
			func(th, g []float64) { tanhUnitLossAndGrad(tx, ty, th, g) }},
		{"double well θ⁴ − 3θ² + θ", 1, 2, 0.01,
			func(th []float64) float64 { t := th[0]; return t*t*t*t - 3*t*t + t },
			func(th, g []float64) { t := th[0]; g[0] = 4*t*t*t - 6*t + 1 }},
	}
}

// runConditioning runs gradient descent on J(θ) = ½(μ·θ₁² + L·θ₂²) with
// μ = 1 and L = κ from θ = (1, 1), and counts the steps until J has fallen
// to tol times its start, for η = 1/L and η = 2/(L + μ). Beside each count
// is the number of steps the theory promises: J − J* shrinks at least by
// (1 − μ/L) per step with η = 1/L, and θ by (κ − 1)/(κ + 1) with
// η = 2/(L + μ).
func runConditioning(ctx context.Context, in book.Inputs, out book.Output) error {
	tol := in.Float("tolerance")
	const mu = 1.0
	var rows [][]string
	for _, kappa := range []float64{1, 10, 100, 1000, 10000} {
		if err := ctx.Err(); err != nil {
			return err
		}
		L := kappa * mu
		count := func(eta float64) int {
			x, y := 1.0, 1.0
			J0 := 0.5 * (mu*x*x + L*y*y)
			for t := 0; t < 10_000_000; t++ {
				if 0.5*(mu*x*x+L*y*y) <= tol*J0 {
					return t
				}
				x -= eta * mu * x
				y -= eta * L * y
			}
			return -1
		}
		steps := func(factor float64) string { // ⌈log tol / log factor⌉
			if factor <= 0 {
				return "1"
			}
			return fmt.Sprint(int(math.Ceil(math.Log(tol) / math.Log(factor))))
		}
		rows = append(rows, []string{num.G(kappa),
			fmt.Sprint(count(1 / L)), steps(1 - mu/L),
			fmt.Sprint(count(2 / (L + mu))), steps(math.Pow((kappa-1)/(kappa+1), 2))})
	}
	out.Printf("J(θ) = ½(μ·θ₁² + L·θ₂²), μ = 1, L = κ; steps until J ≤ %g·J(θ₀)\n\n", tol)
	out.Printf("%s", book.Table([]string{"κ = L/μ", "η = 1/L", "bound (1 − 1/κ)ᵗ", "η = 2/(L + μ)", "((κ−1)/(κ+1))²ᵗ"}, rows))
	return nil
}

// runSaddleCensus finds critical points of random smooth functions of d
// variables, f(x) = Σₖ aₖ·cos(wₖ·x + bₖ) with random aₖ, wₖ, bₖ, by
// Newton's method on ∇f = 0 from many random starts, and sorts them by
// the number of negative eigenvalues of the Hessian (the index): 0 for a
// minimum, d for a maximum, anything between for a saddle.
func runSaddleCensus(ctx context.Context, in book.Inputs, out book.Output) error {
	const features, starts = 40, 300
	var rows [][]string
	for _, d := range []int{1, 2, 3, 4, 6, 8} {
		if err := ctx.Err(); err != nil {
			return err
		}
		rng := rand.New(rand.NewPCG(uint64(in.Int("seed")), uint64(d)))
		field := newRandomField(d, features, rng)
		var found [][]float64
		var values []float64
		var index []int
		for range starts {
			x := make([]float64, d)
			for j := range x {
				x[j] = 2 * rng.NormFloat64()
			}
			if !field.newton(x) {
				continue
			}
			dup := false
			for _, c := range found {
				if distance(c, x) < 1e-6 {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			found = append(found, x)
			values = append(values, field.value(x))
			index = append(index, field.index(x))
		}
		var mins, maxs, saddles int
		var fMin, fSaddle float64
		for i, k := range index {
			switch k {
			case 0:
				mins++
				fMin += values[i]
			case d:
				maxs++
			default:
				saddles++
				fSaddle += values[i]
			}
		}
		n := float64(len(index))
		meanOr := func(sum float64, count int) string {
			if count == 0 {
				return "–"
			}
			return num.Fixed(sum/float64(count), 3)
		}
		rows = append(rows, []string{fmt.Sprint(d), fmt.Sprint(len(index)),
			pct(float64(mins) / n), pct(float64(saddles) / n), pct(float64(maxs) / n),
			meanOr(fMin, mins), meanOr(fSaddle, saddles)})
	}
	out.Printf("critical points of f(x) = Σₖ aₖ·cos(wₖ·x + bₖ), %d random terms, Newton from %d starts\n\n", features, starts)
	out.Printf("%s", book.Table([]string{"d", "found", "minima", "saddles", "maxima", "mean f at minima", "at saddles"}, rows))
	return nil
}

// pct formats a fraction as a whole percentage.
func pct(v float64) string {
	if math.IsNaN(v) {
		return "–"
	}
	return fmt.Sprintf("%.0f%%", 100*v)
}

func distance(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += (a[i] - b[i]) * (a[i] - b[i])
	}
	return math.Sqrt(s)
}

// randomField is f(x) = Σₖ aₖ·cos(wₖ·x + bₖ): a smooth random function of
// d variables with critical points of every index.
type randomField struct {
	d    int
	a, b []float64
	w    [][]float64
}

func newRandomField(d, k int, rng *rand.Rand) *randomField {
	f := &randomField{d: d, a: make([]float64, k), b: make([]float64, k), w: make([][]float64, k)}
	for i := range k {
		f.a[i] = rng.NormFloat64() / math.Sqrt(float64(k))
		f.b[i] = 2 * math.Pi * rng.Float64()
		f.w[i] = make([]float64, d)
		for j := range d {
			f.w[i][j] = rng.NormFloat64()
		}
	}
	return f
}

func (f *randomField) phase(i int, x []float64) float64 {
	s := f.b[i]
	for j, v := range x {
		s += f.w[i][j] * v
	}
	return s
}

func (f *randomField) value(x []float64) float64 {
	var s float64
	for i := range f.a {
		s += f.a[i] * math.Cos(f.phase(i, x))
	}
	return s
}

// gradHess writes ∇f into g and the Hessian into h:
// ∇f = −Σ aₖ·sin(φₖ)·wₖ, ∇²f = −Σ aₖ·cos(φₖ)·wₖwₖᵀ.
func (f *randomField) gradHess(x, g []float64, h *mat.SymDense) {
	clear(g)
	for r := range f.d {
		for c := r; c < f.d; c++ {
			h.SetSym(r, c, 0)
		}
	}
	for i := range f.a {
		ph := f.phase(i, x)
		s, c := f.a[i]*math.Sin(ph), f.a[i]*math.Cos(ph)
		for r := range f.d {
			g[r] -= s * f.w[i][r]
			for col := r; col < f.d; col++ {
				h.SetSym(r, col, h.At(r, col)-c*f.w[i][r]*f.w[i][col])
			}
		}
	}
}

// newton moves x to a critical point by x ← x − H⁻¹∇f and reports whether
// it got there (‖∇f‖ < 1e-10 within 50 iterations, without running away).
func (f *randomField) newton(x []float64) bool {
	g := make([]float64, f.d)
	h := mat.NewSymDense(f.d, nil)
	var step mat.VecDense
	for range 50 {
		f.gradHess(x, g, h)
		if mat.Norm(mat.NewVecDense(f.d, g), 2) < 1e-10 {
			return true
		}
		if err := step.SolveVec(h, mat.NewVecDense(f.d, g)); err != nil {
			return false
		}
		for j := range x {
			x[j] -= step.AtVec(j)
			if math.Abs(x[j]) > 20 || math.IsNaN(x[j]) {
				return false
			}
		}
	}
	return false
}

// index is the number of negative eigenvalues of the Hessian at x.
func (f *randomField) index(x []float64) int {
	g := make([]float64, f.d)
	h := mat.NewSymDense(f.d, nil)
	f.gradHess(x, g, h)
	var eig mat.EigenSym
	if !eig.Factorize(h, false) {
		return -1
	}
	k := 0
	for _, v := range eig.Values(nil) {
		if v < 0 {
			k++
		}
	}
	return k
}

// runPlateau starts gradient descent on f(x, y) = ½x² − ½y² + ¼y⁴ at
// (1, δ), a distance δ from the line that leads straight into the saddle
// at the origin, and counts the steps until f is below −0.2, close to a
// minimum (f = −¼ at (0, ±1)), and how many of them had ‖∇f‖ < 1e-3.
func runPlateau(ctx context.Context, in book.Inputs, out book.Output) error {
	eta := in.Float("lr")
	var rows [][]string
	for k := 1; k <= 12; k += 1 {
		delta := math.Pow(10, -float64(k))
		x, y := 1.0, delta
		steps, flat := 0, 0
		for ; steps < 1_000_000; steps++ {
			if 0.5*x*x-0.5*y*y+0.25*y*y*y*y < -0.2 {
				break
			}
			gx, gy := x, -y+y*y*y
			if math.Hypot(gx, gy) < 1e-3 {
				flat++
			}
			x, y = x-eta*gx, y-eta*gy
		}
		rows = append(rows, []string{num.Sig(delta, 1), fmt.Sprint(steps), fmt.Sprint(flat)})
	}
	out.Printf("f(x, y) = ½x² − ½y² + ¼y⁴ from (1, δ), η = %g; predicted escape ≈ ln(1/δ)/ln(1 + η) steps\n\n", eta)
	out.Printf("%s", book.Table([]string{"δ", "steps to f < −0.2", "of them with ‖∇f‖ < 1e-3"}, rows))
	return nil
}

// runRobbinsMonro estimates the mean m = 3 of a normal distribution with
// standard deviation 1 by stochastic gradient descent on
// J(θ) = ½·E[(θ − x)²], one sample xₜ per step: θ ← θ − ηₜ·(θ − xₜ), with
// core/optim's SGD. The excess loss J(θ) − J* = ½(θ − 3)² is averaged over
// many runs and printed at a few steps, for three schedules.
func runRobbinsMonro(ctx context.Context, in book.Inputs, out book.Output) error {
	runs, constant := in.Int("runs"), in.Float("lr")
	schedules := []struct {
		name string
		rate optim.Schedule
	}{
		{fmt.Sprintf("constant η = %g", constant), optim.Constant{LR: constant}},
		{"ηₜ = 1/(t + 1)", optim.InverseTime{LR: 1, DecayRate: 1, DecaySteps: 1}},
		{"ηₜ = 0.5/(t + 1)²", squaredInverse{0.5}},
	}
	checkpoints := []int{10, 100, 1000, 10000}
	T := checkpoints[len(checkpoints)-1]
	header := []string{"schedule"}
	for _, c := range checkpoints {
		header = append(header, fmt.Sprintf("t = %d", c))
	}
	var rows [][]string
	for si, s := range schedules {
		excess := make([]float64, len(checkpoints))
		for r := range runs {
			if r%20 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
				out.Progress("%s: run %d/%d", s.name, r, runs)
			}
			rng := rand.New(rand.NewPCG(uint64(r), uint64(si)))
			opt, err := optim.New("sgd", map[string]float64{"lr": constant})
			if err != nil {
				return err
			}
			theta, g := []float64{0}, []float64{0}
			next := 0
			for t := 0; t < T; t++ {
				x := 3 + rng.NormFloat64()
				g[0] = theta[0] - x // the gradient of ½(θ − x)²
				optim.Apply(opt, s.rate, t)
				opt.Step(theta, g)
				if t+1 == checkpoints[next] {
					excess[next] += 0.5 * (theta[0] - 3) * (theta[0] - 3) / float64(runs)
					next++
				}
			}
		}
		row := []string{s.name}
		for _, e := range excess {
			row = append(row, num.Sig(e, 3))
		}
		rows = append(rows, row)
	}
	out.Printf("θ ← θ − ηₜ·(θ − xₜ), xₜ ~ N(3, 1), θ₀ = 0; mean of ½(θ − 3)² over %d runs\n\n", runs)
	out.Printf("%s\n", book.Table(header, rows))
	out.Printf("noise floor of the constant step: η/(2(2 − η)) = %s\n", num.Sig(constant/(2*(2-constant)), 3))
	out.Printf("ηₜ = 1/(t + 1) gives the running mean: 1/(2t) = %s at t = %d\n", num.Sig(0.5/float64(T), 3), T)
	return nil
}

// runDecayConstant runs SGD with ηₜ = η₀/(t + t₀) on J(θ) = ½h(θ − 3)², with
// gradients g = h(θ − 3) + ξ, ξ ~ N(0, 1), for five values of c = η₀·h, and
// prints the mean excess loss at a few steps and t times it at the end,
// against the prediction c²/(2h(2c − 1)) for c > ½. t₀ = max(1, ⌈c⌉) keeps
// the first step's factor |1 − η₀h/t₀| at most 1.
func runDecayConstant(ctx context.Context, in book.Inputs, out book.Output) error {
	h, runs := in.Float("curvature"), in.Int("runs")
	cs := []float64{0.2, 0.5, 1, 2, 5}
	checkpoints := []int{100, 1000, 10000}
	T := checkpoints[len(checkpoints)-1]
	var rows [][]string
	for ci, c := range cs {
		eta0, t0 := c/h, math.Max(1, math.Ceil(c))
		excess := make([]float64, len(checkpoints))
		for r := range runs {
			if r%20 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
				out.Progress("η₀·h = %g: run %d/%d", c, r, runs)
			}
			rng := rand.New(rand.NewPCG(uint64(r), uint64(100+ci)))
			opt, err := optim.New("sgd", map[string]float64{"lr": eta0 / t0})
			if err != nil {
				return err
			}
			theta, g := []float64{0}, []float64{0}
			next := 0
			for t := 0; t < T; t++ {
				opt.SetLearningRate(eta0 / (float64(t) + t0))
				g[0] = h*(theta[0]-3) + rng.NormFloat64()
				opt.Step(theta, g)
				if t+1 == checkpoints[next] {
					excess[next] += 0.5 * h * (theta[0] - 3) * (theta[0] - 3) / float64(runs)
					next++
				}
			}
		}
		row := []string{num.G(c), num.G(eta0), num.G(t0)}
		for _, e := range excess {
			row = append(row, num.Sig(e, 3))
		}
		row = append(row, num.Sig(float64(T)*excess[len(excess)-1], 3))
		if c > 0.5 {
			row = append(row, num.Sig(c*c/(2*h*(2*c-1)), 3))
		} else {
			row = append(row, "grows with t")
		}
		rows = append(rows, row)
	}
	header := []string{"c = η₀·h", "η₀", "t₀"}
	for _, c := range checkpoints {
		header = append(header, fmt.Sprintf("t = %d", c))
	}
	header = append(header, fmt.Sprintf("%d × excess", T), "c²/(2h(2c − 1))")
	out.Printf("ηₜ = η₀/(t + t₀) on ½h(θ − 3)², h = %g, gradient noise N(0, 1), θ₀ = 0; mean excess loss over %d runs\n\n", h, runs)
	out.Printf("%s", book.Table(header, rows))
	return nil
}

// squaredInverse is the schedule ηₜ = η₀/(t + 1)², whose steps add up to a
// finite total (π²/6·η₀): it breaks the first Robbins–Monro condition.
type squaredInverse struct{ lr float64 }

func (s squaredInverse) Rate(t int) float64 { return s.lr / float64((t+1)*(t+1)) }

// runWhenToStop runs gradient descent with η = 1/L on
// J(θ) = 1 + ½(θ₁²/κ + θ₂²), whose minimum value J* = 1 the algorithm does
// not know, and reports where four stopping rules would have stopped it.
func runWhenToStop(ctx context.Context, in book.Inputs, out book.Output) error {
	kappa, tol := in.Float("kappa"), in.Float("tolerance")
	mu, L := 1/kappa, 1.0
	J := func(x, y float64) float64 { return 1 + 0.5*(mu*x*x+L*y*y) }
	const budget = 1000
	const maxSteps = 200_000
	type stop struct {
		name string
		step int
		x, y float64
		note string
	}
	stops := map[string]*stop{}
	order := []string{"J stopped decreasing", "J ≤ 0 (a minimum of 0 assumed)", fmt.Sprintf("‖∇J‖ ≤ %g", tol),
		fmt.Sprintf("relative decrease ≤ %g", tol), fmt.Sprintf("budget of %d steps", budget)}
	x, y := 1.0, 1.0
	prev := J(x, y)
	for t := 0; t <= maxSteps && len(stops) < len(order); t++ {
		if t%20_000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		gx, gy := mu*x, L*y
		record := func(name, note string) {
			if stops[name] == nil {
				stops[name] = &stop{name: name, step: t, x: x, y: y, note: note}
			}
		}
		cur := J(x, y)
		if t > 0 && cur >= prev {
			record(order[0], "only that rounding has set in")
		}
		if cur <= 0 {
			record(order[1], "")
		}
		if math.Hypot(gx, gy) <= tol {
			// For μ-strongly convex J, J − J* ≤ ‖∇J‖²/(2μ).
			record(order[2], "J − J* ≤ ‖∇J‖²/(2μ) = "+num.Sig((gx*gx+gy*gy)/(2*mu), 2))
		}
		if t > 0 && (prev-cur)/math.Abs(cur) <= tol {
			record(order[3], "nothing about J − J*")
		}
		if t == budget {
			record(order[4], "nothing about J − J*")
		}
		prev = cur
		x -= 1 / L * gx
		y -= 1 / L * gy
	}
	var rows [][]string
	for _, name := range order {
		s := stops[name]
		if s == nil {
			rows = append(rows, []string{name, fmt.Sprintf("not within %d steps", maxSteps), "–", "–"})
			continue
		}
		rows = append(rows, []string{name, fmt.Sprint(s.step), num.Sig(J(s.x, s.y)-1, 2), s.note})
	}
	out.Printf("J(θ) = 1 + ½(θ₁²/κ + θ₂²), κ = %g, η = 1/L = 1, θ₀ = (1, 1); J* = 1 is not known to the rules\n\n", kappa)
	out.Printf("%s", book.Table([]string{"stopping rule", "stops at step", "J − J* there", "what the rule can certify"}, rows))
	return nil
}
