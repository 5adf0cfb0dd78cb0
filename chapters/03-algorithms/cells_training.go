package algorithms

import (
	"context"
	_ "embed"
	"fmt"
	"math/rand/v2"

	"descent/chapters/book"
	"descent/core/optim"
)

//go:embed cells_training.go
var trainingSource []byte

//go:embed warmupnet.go
var warmupNetSource []byte

func trainingCells() []book.Cell {
	return []book.Cell{
		{ID: "weight-decay", Title: "L2 in the loss versus decoupled weight decay, without and with gradient noise", Run: runWeightDecay,
			Source: book.MustSource(trainingSource, "runWeightDecay"),
			Params: []book.Param{
				{Name: "strength", Doc: "the L2 strength α and AdamW's decay wd (the same number)", Kind: book.Float, Default: 0.1, Min: 0, Max: 1},
				{Name: "noise", Doc: "standard deviation σ of the gradient noise in the noisy runs", Kind: book.Float, Default: 0.1, Min: 0.001, Max: 10, Log: true},
			}},
		{ID: "warmup", Title: "Adam on a small ReLU network: warm-up keeps its units alive", Run: runWarmup,
			Source: book.MustSource(trainingSource, "runWarmup") + "\n\n" + book.MustSource(warmupNetSource, "netLossGrad"),
			Params: []book.Param{
				{Name: "lr", Doc: "Adam's peak learning rate η", Kind: book.Float, Default: 0.1, Min: 0.001, Max: 1, Log: true},
				{Name: "warmup", Doc: "warm-up steps W of the warm-up-cosine schedule", Kind: book.Int, Default: 200, Min: 1, Max: 1999},
			}},
	}
}

// runWeightDecay minimizes f = ½·(100·(θ₁ − 1)² + 0.01·(θ₂ − 1)²), two
// weights whose curvatures differ ten-thousandfold, from (0, 0), with a
// penalty of the same strength applied three ways: L2 in the gradient of
// SGD and of Adam (g + α·θ), and AdamW's decoupled decay θ ← θ − η·wd·θ.
// First without noise, at three run lengths; then with Gaussian noise of
// size σ added to each gradient coordinate, averaging θ over the second
// half of 20000 steps and over 8 seeded runs.
func runWeightDecay(ctx context.Context, in book.Inputs, out book.Output) error {
	strength, sigma := in.Float("strength"), in.Float("noise")
	c := []float64{100, 0.01}
	runs := []struct {
		name, kind string
		values     map[string]float64
	}{
		{"SGD, g + α·θ", "sgd", map[string]float64{"lr": 0.005, "weight_decay": strength}},
		{"Adam, g + α·θ", "adam", map[string]float64{"lr": 0.01, "weight_decay": strength}},
		{"AdamW, θ ← θ − η·wd·θ", "adamw", map[string]float64{"lr": 0.01, "weight_decay": strength}},
	}
	// run returns θ after the run without noise, or its mean over the
	// second half of the run with noise.
	run := func(kind string, values map[string]float64, steps int, noise float64, seed uint64) ([2]float64, error) {
		opt := newOpt(kind, values) // each optimizer adds the penalty its own way
		rng := rand.New(rand.NewPCG(seed, 5))
		theta, g := []float64{0, 0}, make([]float64, 2)
		var mean [2]float64
		for t := 0; t < steps; t++ {
			if t%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return mean, err
				}
			}
			for i := range theta {
				g[i] = c[i] * (theta[i] - 1)
				if noise > 0 {
					g[i] += noise * rng.NormFloat64()
				}
			}
			opt.Step(theta, g)
			if t >= steps/2 {
				mean[0] += theta[0] / float64(steps-steps/2)
				mean[1] += theta[1] / float64(steps-steps/2)
			}
		}
		if noise == 0 {
			return [2]float64{theta[0], theta[1]}, nil
		}
		return mean, nil
	}
	var clean, noisy [][]string
	for _, r := range runs {
		out.Progress("%s", r.name)
		row := []string{r.name}
		for _, steps := range []int{3000, 10000, 20000} {
			th, err := run(r.kind, r.values, steps, 0, 0)
			if err != nil {
				return err
			}
			row = append(row, pt(th[0], th[1]))
		}
		clean = append(clean, row)
		var mean [2]float64
		const seeds = 8
		for seed := range uint64(seeds) {
			th, err := run(r.kind, r.values, 20000, sigma, seed)
			if err != nil {
				return err
			}
			mean[0] += th[0] / seeds
			mean[1] += th[1] / seeds
		}
		// L2 in the loss: the minimizer of f + ½α‖θ‖², cᵢ(θᵢ − 1) + αθᵢ = 0,
		// with or without noise. AdamW: wd·θᵢ = E[m̂/√v̂] ≈ cᵢ(1 − θᵢ)/σ
		// while the noise dominates the gradient.
		predict := func(ci float64) float64 { return ci / (ci + strength) }
		if r.kind == "adamw" {
			predict = func(ci float64) float64 { return ci / (ci + strength*sigma) }
		}
		noisy = append(noisy, []string{r.name, pt(mean[0], mean[1]), pt(predict(c[0]), predict(c[1]))})
	}
	out.Printf("α = wd = %g; f alone is least at (1, 1); f + ½α‖θ‖² at %s\n\n",
		strength, pt(c[0]/(c[0]+strength), c[1]/(c[1]+strength)))
	out.Printf("no noise: θ after\n%s\n", book.Table([]string{"method", "3000 steps", "10000 steps", "20000 steps"}, clean))
	out.Printf("gradient noise σ = %g: mean θ over steps 10000–20000 of 8 seeded runs\n%s\n", sigma,
		book.Table([]string{"method", "measured", "predicted"}, noisy))
	out.Printf("with this noise AdamW acts as an L2 penalty of strength wd·σ = %s\n", g3(strength*sigma))
	return nil
}

// runWarmup trains the network of warmupnet.go from 20 seeded starts with
// Adam for 2000 full-batch steps under four schedules of the same peak η:
// constant, a cosine decay without warm-up, a linear warm-up over W steps
// into the cosine, and one-cycle. A unit is dead when it outputs 0 on every
// input: its weights then get no gradient, so it never comes back. A run
// stalls when its loss ends above 1e-3.
func runWarmup(ctx context.Context, in book.Inputs, out book.Output) error {
	eta, warm := in.Float("lr"), in.Int("warmup")
	const total, early = 2000, 50
	oneCycle, err := optim.NewOneCycle(eta, total, 0.3)
	if err != nil {
		return err
	}
	schedules := []struct {
		name  string
		sched optim.Schedule
	}{
		{"constant", optim.Constant{LR: eta}},
		{"cosine, no warm-up", optim.Cosine{LR: eta, TotalSteps: total}},
		{fmt.Sprintf("warm-up %d, then cosine", warm), optim.WarmupCosine{LR: eta, WarmupSteps: warm, TotalSteps: total}},
		{"one-cycle (30% rising)", oneCycle},
	}
	xs, ys := netData()
	var rows [][]string
	for _, sc := range schedules {
		out.Progress("%s", sc.name)
		var stalled int
		var deadEarly, deadEnd, lossSum float64
		for seed := range uint64(netSeeds) {
			if err := ctx.Err(); err != nil {
				return err
			}
			p := netInit(seed)
			g := make([]float64, len(p))
			opt := newOpt("adam", map[string]float64{"lr": eta})
			for t := 0; t < total; t++ {
				_, dead := netLossGrad(p, xs, ys, g)
				if t == early {
					deadEarly += float64(dead) / netSeeds
				}
				optim.Apply(opt, sc.sched, t)
				opt.Step(p, g)
			}
			loss, dead := netLossGrad(p, xs, ys, g)
			deadEnd += float64(dead) / netSeeds
			lossSum += loss / netSeeds
			if !(loss <= 1e-3) {
				stalled++
			}
		}
		rows = append(rows, []string{sc.name, fmt.Sprintf("%d of %d", stalled, netSeeds), g3(deadEarly), g3(deadEnd), g3(lossSum)})
	}
	out.Printf("Adam, peak η = %g, %d steps, %d seeded starts of an %d-unit ReLU network\n\n", eta, total, netSeeds, netUnits)
	out.Printf("%s", book.Table([]string{"schedule", "runs stalled (loss > 1e-3)", fmt.Sprintf("dead units at step %d", early), "dead units at the end", "mean final loss"}, rows))
	return nil
}
