package algorithms

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"

	"descent/chapters/book"
	"descent/core/loss"
	"descent/core/optim"
)

//go:embed cells_practice.go
var practiceSource []byte

func practiceCells() []book.Cell {
	return []book.Cell{
		{ID: "schedules", Title: "Learning-rate schedules, warm-up included", Run: runSchedules,
			Source: book.MustSource(practiceSource, "runSchedules"),
			Params: []book.Param{
				{Name: "total", Doc: "steps in the run", Kind: book.Int, Default: 100, Min: 10, Max: 10000},
				{Name: "warmup", Doc: "warm-up steps of warmup_cosine", Kind: book.Int, Default: 10, Min: 1, Max: 1000},
			}},
		{ID: "decay-beats-noise", Title: "With noisy gradients, a decaying rate gets closer", Run: runDecayBeatsNoise,
			Source: book.MustSource(practiceSource, "runDecayBeatsNoise"),
			Params: []book.Param{
				{Name: "noise", Doc: "standard deviation of the noise added to each gradient", Kind: book.Float, Default: 1, Min: 0, Max: 10},
				{Name: "steps", Doc: "steps per run", Kind: book.Int, Default: 500, Min: 10, Max: 20000},
			}},
		{ID: "gradient-clipping", Title: "Clipping the gradient's norm keeps a steep start finite", Run: runGradientClipping,
			Source: book.MustSource(practiceSource, "runGradientClipping"),
			Params: []book.Param{
				{Name: "lr", Doc: "learning rate η", Kind: book.Float, Default: 0.1, Min: 1e-3, Max: 1, Log: true},
				{Name: "max-norm", Doc: "largest gradient norm allowed", Kind: book.Float, Default: 1, Min: 0.01, Max: 100, Log: true},
				{Name: "start", Doc: "starting θ on J(θ) = θ⁴/4", Kind: book.Float, Default: 5, Min: -20, Max: 20},
			}},
		{ID: "log-sum-exp", Title: "Softmax cross-entropy: naive overflows, log-sum-exp does not", Run: runLogSumExp,
			Source: book.MustSource(practiceSource, "runLogSumExp"),
			Params: []book.Param{{Name: "target", Doc: "index of the true class among the three logits", Kind: book.Int, Default: 1, Min: 0, Max: 2}}},
		{ID: "initialization", Title: "How the initial weights' scale survives twenty layers", Run: runInitialization,
			Source: book.MustSource(practiceSource, "runInitialization"),
			Params: []book.Param{
				{Name: "activation", Doc: "the hidden layers' activation", Kind: book.Choice, Choices: []string{"relu", "tanh"}, Choice: "relu"},
				{Name: "width", Doc: "units per layer", Kind: book.Int, Default: 100, Min: 10, Max: 400},
			}},
	}
}

// runSchedules prints the learning rate each of core/optim's schedules
// gives over a run, all starting from η = 0.1.
func runSchedules(ctx context.Context, in book.Inputs, out book.Output) error {
	total, warmup := in.Int("total"), in.Int("warmup")
	if warmup >= total {
		return book.BadInput("--warmup %d must be less than --total %d", warmup, total)
	}
	specs := []struct {
		kind   string
		values map[string]float64
	}{
		{"constant", map[string]float64{"lr": 0.1}},
		{"step", map[string]float64{"lr": 0.1, "step_size": float64(total / 4), "gamma": 0.5}},
		{"exponential", map[string]float64{"lr": 0.1, "gamma": math.Pow(0.01, 1/float64(total))}},
		{"cosine", map[string]float64{"lr": 0.1, "min_lr": 0, "total_steps": float64(total)}},
		{"warmup_cosine", map[string]float64{"lr": 0.1, "min_lr": 0, "warmup_steps": float64(warmup), "total_steps": float64(total)}},
	}
	marks := []int{0, warmup / 2, warmup, total / 4, total / 2, 3 * total / 4, total - 1}
	header := []string{"step"}
	for _, m := range marks {
		header = append(header, fmt.Sprint(m))
	}
	var rows [][]string
	var series []book.Series
	for _, sp := range specs {
		sched, err := optim.NewSchedule(sp.kind, sp.values)
		if err != nil {
			return err
		}
		row := []string{sp.kind}
		for _, m := range marks {
			row = append(row, g3(sched.Rate(m)))
		}
		rows = append(rows, row)
		values := make([]float64, total)
		for t := range values {
			values[t] = sched.Rate(t)
		}
		series = append(series, book.Series{Name: sp.kind, Values: values})
	}
	// One-cycle (Smith 2018) is not in NewSchedule's list; it has its own
	// constructor, with PyTorch's OneCycleLR defaults.
	oneCycle, err := optim.NewOneCycle(0.1, total, 0.3)
	if err != nil {
		return err
	}
	row := []string{"one-cycle"}
	for _, m := range marks {
		row = append(row, g3(oneCycle.Rate(m)))
	}
	rows = append(rows, row)
	values := make([]float64, total)
	for t := range values {
		values[t] = oneCycle.Rate(t)
	}
	series = append(series, book.Series{Name: "one-cycle", Values: values})
	out.Printf("%s\n", book.Table(header, rows))
	book.PrintCurves(out, series[1:], book.CurveOptions{Width: 60, Height: 10, Caption: "η per step (constant 0.1 left out)"})
	return nil
}

// runDecayBeatsNoise runs SGD on f = ½θ² in 10 dimensions with a noisy
// gradient θ + noise, as a mini-batch gives, averaged over 20 seeded runs.
// A constant η stalls where the noise balances the pull; a decaying η
// averages the noise away.
func runDecayBeatsNoise(ctx context.Context, in book.Inputs, out book.Output) error {
	steps, sigma := in.Int("steps"), in.Float("noise")
	schedules := []struct {
		name   string
		kind   string
		values map[string]float64
	}{
		{"constant 0.1", "constant", map[string]float64{"lr": 0.1}},
		{"constant 0.01", "constant", map[string]float64{"lr": 0.01}},
		{"inverse time 0.1/(1 + t/10)", "inverse_time", map[string]float64{"lr": 0.1, "decay_rate": 1, "decay_steps": 10}},
		{"cosine 0.1 → 0", "cosine", map[string]float64{"lr": 0.1, "min_lr": 0, "total_steps": float64(steps)}},
	}
	var rows [][]string
	for _, sc := range schedules {
		sched, err := optim.NewSchedule(sc.kind, sc.values)
		if err != nil {
			return err
		}
		var final float64
		for run := 0; run < 20; run++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			rng := rand.New(rand.NewPCG(uint64(run), 3))
			opt := newOpt("sgd", map[string]float64{"lr": 0.1})
			theta, g := make([]float64, 10), make([]float64, 10)
			for i := range theta {
				theta[i] = 5
			}
			for t := 0; t < steps; t++ {
				for i := range g {
					g[i] = theta[i] + sigma*rng.NormFloat64()
				}
				optim.Apply(opt, sched, t) // set η for this step
				opt.Step(theta, g)
			}
			for _, v := range theta {
				final += 0.5 * v * v / 20
			}
		}
		rows = append(rows, []string{sc.name, g3(final)})
	}
	out.Printf("f = ½‖θ‖², 10 dimensions, θ₀ = (5, …, 5), gradient noise σ = %g, %d steps, mean of 20 runs\n\n", sigma, steps)
	out.Printf("%s", book.Table([]string{"schedule", "final f"}, rows))
	return nil
}

// runGradientClipping runs gradient descent on J(θ) = θ⁴/4, whose
// gradient θ³ grows so fast that a start far out throws θ further out
// each step, with and without clipping the gradient's norm first. Then it
// clips the gradient of a two-layer model both ways: by the global norm of
// all its layers together, and layer by layer.
func runGradientClipping(ctx context.Context, in book.Inputs, out book.Output) error {
	eta, maxNorm := in.Float("lr"), in.Float("max-norm")
	plain, clipped := in.Float("start"), in.Float("start")
	diverged := 0 // the step at which the unclipped run passed 1e100
	var rows [][]string
	for t := 0; t <= 40; t++ {
		if t <= 4 || t%10 == 0 {
			shown := g3(plain)
			if diverged > 0 {
				shown = fmt.Sprintf("diverged at step %d", diverged)
			}
			rows = append(rows, []string{fmt.Sprint(t), shown, g3(clipped)})
		}
		if diverged == 0 {
			plain -= eta * plain * plain * plain
			if !(math.Abs(plain) < 1e100) {
				diverged = t + 1
			}
		}
		g := []float64{clipped * clipped * clipped}
		optim.ClipByGlobalNorm(g, maxNorm) // g ← g·maxNorm/‖g‖ when ‖g‖ > maxNorm
		clipped -= eta * g[0]
	}
	out.Printf("J(θ) = θ⁴/4, ∇J = θ³, η = %g, clip at ‖g‖ ≤ %g\n\n", eta, maxNorm)
	out.Printf("%s\n", book.Table([]string{"step", "θ without clipping", "θ with clipping"}, rows))

	// Two layers whose gradients differ a hundredfold in size.
	layers := func() [][]float64 { return [][]float64{{30, 40}, {0.3, 0.4}} }
	global := layers()
	before := optim.ClipAllByGlobalNorm(global, maxNorm) // one norm over both layers
	perLayer := layers()
	for _, g := range perLayer {
		optim.ClipByGlobalNorm(g, maxNorm) // each layer on its own
	}
	vec := func(g []float64) string { return "(" + g3(g[0]) + ", " + g3(g[1]) + ")" }
	out.Printf("layer gradients g₁ = (30, 40), g₂ = (0.3, 0.4): global norm %s, clipped to %g\n\n", g3(before), maxNorm)
	out.Printf("%s", book.Table([]string{"", "g₁", "g₂", "‖g₂‖/‖g₁‖"}, [][]string{
		{"by global norm", vec(global[0]), vec(global[1]), g3(math.Hypot(global[1][0], global[1][1]) / math.Hypot(global[0][0], global[0][1]))},
		{"layer by layer", vec(perLayer[0]), vec(perLayer[1]), g3(math.Hypot(perLayer[1][0], perLayer[1][1]) / math.Hypot(perLayer[0][0], perLayer[0][1]))},
	}))
	return nil
}

// runLogSumExp computes the softmax cross-entropy of three logits z·k for
// growing k, naively (exponentiate, normalize, take the log) and through
// log-sum-exp, LSE(z) = m + log Σ exp(zⱼ − m) with m = max z, as core/loss
// does. Then it shows what clipping does to binary cross-entropy at p = 0.
func runLogSumExp(ctx context.Context, in book.Inputs, out book.Output) error {
	target := in.Int("target")
	base := []float64{2, 1, -1}
	onehot := make([]float64, 3)
	onehot[target] = 1
	var rows [][]string
	for _, k := range []float64{1, 10, 100, 1000} {
		z := []float64{base[0] * k, base[1] * k, base[2] * k}
		var sum float64
		for _, v := range z {
			sum += math.Exp(v) // overflows to +Inf once v > 709.78
		}
		naive := g3(-math.Log(math.Exp(z[target]) / sum))
		switch {
		case math.IsInf(sum, 1) && math.IsInf(math.Exp(z[target]), 1):
			naive = "∞/∞: not a number"
		case math.IsInf(sum, 1):
			naive = "−log(x/∞) = −log 0: ∞"
		}
		m := math.Max(z[0], math.Max(z[1], z[2]))
		var shifted float64
		for _, v := range z {
			shifted += math.Exp(v - m) // every term ≤ 1: no overflow
		}
		stable := m + math.Log(shifted) - z[target]
		core := loss.CategoricalCrossentropyFromLogits().Sample(onehot, z)
		rows = append(rows, []string{fmt.Sprint(k), naive, g3(stable), g3(core)})
	}
	out.Printf("logits (2, 1, −1)·k, true class %d; exp overflows float64 above %.2f\n\n", target, math.Log(math.MaxFloat64))
	out.Printf("%s\n", book.Table([]string{"k", "naive −log softmax", "log-sum-exp", "core/loss"}, rows))
	bce := loss.BinaryCrossentropy().Sample([]float64{1}, []float64{0})
	out.Printf("binary cross-entropy of p = 0 for y = 1: naive −log 0 is infinite; core/loss clips p to [1e-7, 1 − 1e-7]: %s\n", f4(bce))
	return nil
}

// runInitialization pushes 200 random inputs through 20 dense layers with
// no training and prints the spread (standard deviation) of the
// activations. Weights are drawn N(0, s²) with s set by each scheme.
func runInitialization(ctx context.Context, in book.Inputs, out book.Output) error {
	width, act := in.Int("width"), in.Choice("activation")
	f := func(x float64) float64 { return math.Max(0, x) }
	if act == "tanh" {
		f = math.Tanh
	}
	n := float64(width)
	schemes := []struct {
		name string
		std  float64
	}{
		{"N(0, 1)", 1},
		{"N(0, 0.01²)", 0.01},
		{"Glorot: √(2/(n_in + n_out))", math.Sqrt(2 / (n + n))},
		{"He: √(2/n_in)", math.Sqrt(2 / n)},
	}
	layers := []int{1, 2, 5, 10, 20}
	header := []string{"scheme \\ layer"}
	for _, l := range layers {
		header = append(header, fmt.Sprint(l))
	}
	var rows [][]string
	for si, sc := range schemes {
		out.Progress("%s", sc.name)
		rng := rand.New(rand.NewPCG(42, uint64(si)))
		// 20,000 activations per layer whatever the width (200 inputs of
		// 100 units at the default), so a wide net costs no more samples.
		x := make([][]float64, max(20, 20000/width))
		for i := range x {
			x[i] = make([]float64, width)
			for j := range x[i] {
				x[i][j] = rng.NormFloat64()
			}
		}
		row := []string{sc.name}
		w := make([]float64, width*width)
		for layer := 1; layer <= 20; layer++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			for i := range w {
				w[i] = sc.std * rng.NormFloat64()
			}
			for i := range x {
				next := make([]float64, width)
				for o := range next {
					var s float64
					for j, v := range x[i] {
						s += w[o*width+j] * v
					}
					next[o] = f(s)
				}
				x[i] = next
			}
			if layer == layers[len(row)-1] {
				row = append(row, g3(stddev(x)))
			}
		}
		rows = append(rows, row)
	}
	out.Printf("%s activations, %d units per layer, inputs N(0, 1): spread of the activations after layer …\n\n", act, width)
	out.Printf("%s", book.Table(header, rows))
	return nil
}

// stddev is the standard deviation of every value in the batch.
func stddev(x [][]float64) float64 {
	var sum, sq, n float64
	for _, row := range x {
		for _, v := range row {
			sum += v
			sq += v * v
			n++
		}
	}
	mean := sum / n
	return math.Sqrt(math.Max(sq/n-mean*mean, 0))
}
