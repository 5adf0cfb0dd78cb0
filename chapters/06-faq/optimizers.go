package faq

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"

	"descent/chapters/book"
	"descent/core/data"
	"descent/core/loss"
	"descent/core/nn"
	"descent/core/num"
	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
)

// zooRates is the grid each optimizer's learning rate is picked from:
// half-decades from 10⁻⁴ to 1.
var zooRates = []float64{1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1}

// bestRun runs one optimizer on f at every rate of zooRates and returns the
// rate whose run ends lowest, with that run. A run that diverges loses.
func bestRun(ctx context.Context, f *surface.Surface, kind string, extra map[string]float64, steps int) (float64, train.Trace, error) {
	bestLR, best := 0.0, train.Trace{}
	for _, lr := range zooRates {
		values := map[string]float64{"lr": lr}
		for k, v := range extra {
			values[k] = v
		}
		opt, err := optim.New(kind, values)
		if err != nil {
			return 0, train.Trace{}, err
		}
		trace, err := train.RunTrace(ctx, f, opt, f.Start, steps)
		if err != nil {
			return 0, train.Trace{}, err
		}
		if ctx.Err() != nil {
			return 0, train.Trace{}, ctx.Err()
		}
		end := trace.Points[len(trace.Points)-1].Loss
		if trace.Status == train.OK && (best.Points == nil || end < best.Points[len(best.Points)-1].Loss) {
			bestLR, best = lr, trace
		}
	}
	return bestLR, best, nil
}

// runZoo gives every optimizer in core/optim, plus SGD with momentum and
// with Nesterov momentum, its best rate from the grid on one surface.
func runZoo(ctx context.Context, in book.Inputs, out book.Output) error {
	f, err := surface.ByName(in.Choice("surface"))
	if err != nil {
		return err
	}
	type entry struct {
		name, kind string
		extra      map[string]float64
	}
	entries := []entry{{"sgd", "sgd", nil},
		{"sgd, momentum 0.9", "sgd", map[string]float64{"momentum": 0.9}},
		{"sgd, nesterov 0.9", "sgd", map[string]float64{"momentum": 0.9, "nesterov": 1}}}
	for _, kind := range optim.Kinds()[1:] { // Kinds starts with sgd, done above
		entries = append(entries, entry{kind, kind, nil})
	}
	var rows [][]string
	var curves []book.Series
	for _, e := range entries {
		out.Progress("%s", e.name)
		lr, trace, err := bestRun(ctx, f, e.kind, e.extra, in.Int("steps"))
		if err != nil {
			return err
		}
		if trace.Points == nil {
			rows = append(rows, []string{e.name, "—", "diverged at every rate", ""})
			continue
		}
		end := trace.Points[len(trace.Points)-1]
		distance := math.Inf(1)
		for _, m := range f.Minima {
			distance = math.Min(distance, math.Hypot(end.X-m.X, end.Y-m.Y))
		}
		rows = append(rows, []string{e.name, fmt.Sprint(lr), num.Sig(end.Loss, 3), num.Sig(distance, 3)})
		switch e.name {
		case "sgd", "sgd, momentum 0.9", "adagrad", "adam":
			var values []float64
			for _, p := range trace.Points {
				values = append(values, p.Loss)
			}
			curves = append(curves, book.Series{Name: e.name, Values: values})
		}
	}
	out.Printf("%s from (%s, %s), %d steps, each optimizer at its best rate in 1e-4 … 1:\n",
		f.Formula, num.G(f.Start.X), num.G(f.Start.Y), in.Int("steps"))
	out.Printf("%s", book.Table([]string{"optimizer", "best η", "final f", "distance to a minimum"}, rows))
	out.Frame(book.Curves(curves, book.CurveOptions{LogY: true, Caption: "f(θₜ) at each one's best rate"}))
	return nil
}

// documentModel is the second source document's network: 100 inputs,
// Dense(10, relu), Dense(10, relu), Dense(1, sigmoid), compiled with Adam
// and binary cross-entropy.
func documentModel(seed uint64, lr float64) (*nn.Sequential, optim.Optimizer, error) {
	m, err := nn.NewSequential(100, seed, nn.Dense(10, nn.ReLU()), nn.Dense(10, nn.ReLU()), nn.Dense(1, nn.Sigmoid()))
	if err != nil {
		return nil, nil, err
	}
	opt, err := optim.New("adam", map[string]float64{"lr": lr})
	if err != nil {
		return nil, nil, err
	}
	return m, opt, m.Compile(opt, loss.BinaryCrossentropy())
}

// rangeTest is Smith's learning-rate range test (Smith 2017, §3.3): one
// short run whose rate grows geometrically, ηₖ = lo·(hi/lo)^(k/(N−1)), one
// mini-batch per rate. It returns the rates, the raw batch losses and the
// losses smoothed as fastai does, by an exponential moving average with
// bias correction,
//
//	aₖ = β·aₖ₋₁ + (1 − β)·ℓₖ  (a₀ = 0),   sₖ = aₖ/(1 − βᵏ),
//
// and it stops once the smoothed loss passes 4× its best (fastai's
// stop_div) or stops being a number.
func rangeTest(ctx context.Context, x, y [][]float64, lo, hi float64, steps int, beta float64, seed uint64) (rates, raw, smoothed []float64, err error) {
	m, opt, err := documentModel(seed, lo)
	if err != nil {
		return nil, nil, nil, err
	}
	const batch = 32
	avg, best := 0.0, math.Inf(1)
	for k := range steps {
		if ctx.Err() != nil {
			return nil, nil, nil, ctx.Err()
		}
		lr := lo * math.Pow(hi/lo, float64(k)/float64(max(steps-1, 1)))
		opt.SetLearningRate(lr)
		start := (k * batch) % (len(x) - batch + 1)
		batchLoss, err := m.TrainOnBatch(x[start:start+batch], y[start:start+batch])
		if err != nil {
			return nil, nil, nil, err
		}
		avg = beta*avg + (1-beta)*batchLoss
		s := avg / (1 - math.Pow(beta, float64(k+1)))
		if !num.Finite(s) || s > 4*best {
			break
		}
		best = math.Min(best, s)
		rates, raw, smoothed = append(rates, lr), append(raw, batchLoss), append(smoothed, s)
	}
	return rates, raw, smoothed, nil
}

// argmin is the index of the smallest value (the first, on ties).
func argmin(values []float64) int {
	best := 0
	for k := range values {
		if values[k] < values[best] {
			best = k
		}
	}
	return best
}

// runRangeTest runs the range test on the document's network, suggests
// the rate a tenth of the one with the lowest smoothed loss, and then
// checks the suggestion by training fresh networks at it and at 10× either
// side.
func runRangeTest(ctx context.Context, in book.Inputs, out book.Output) error {
	seed, beta := uint64(in.Int("seed")), in.Float("beta")
	ds, err := data.Generate("binary100", 1000, seed)
	if err != nil {
		return err
	}
	if in.Float("lo") >= in.Float("hi") {
		return book.BadInput("--lo %s must be below --hi %s", num.G(in.Float("lo")), num.G(in.Float("hi")))
	}
	rates, raw, smoothed, err := rangeTest(ctx, ds.X, ds.Y, in.Float("lo"), in.Float("hi"), in.Int("steps"), beta, seed)
	if err != nil {
		return err
	}
	if len(rates) == 0 {
		return book.Diverged("the loss was not a number even at η = %s", num.G(in.Float("lo")))
	}
	lowest, lowestRaw := argmin(smoothed), argmin(raw)
	suggestion := rates[lowest] / 10
	stopped := ""
	if len(rates) < in.Int("steps") {
		stopped = " (then the smoothed loss passed 4× its best)"
	}
	out.Printf("range test: %d batches, η from %s to %s%s\n",
		len(rates), num.Sig(rates[0], 2), num.Sig(rates[len(rates)-1], 2), stopped)
	out.Printf("lowest raw batch loss %s at η = %s\n", num.Fixed(raw[lowestRaw], 4), num.Sig(rates[lowestRaw], 3))
	out.Printf("lowest smoothed loss  %s at η = %s (β = %s); suggestion η = %s\n",
		num.Fixed(smoothed[lowest], 4), num.Sig(rates[lowest], 3), num.G(beta), num.Sig(suggestion, 3))
	// The same average without the bias correction starts near 0.
	uncorrected, avg := make([]float64, len(raw)), 0.0
	for k, l := range raw {
		avg = beta*avg + (1-beta)*l
		uncorrected[k] = avg
	}
	low := argmin(uncorrected)
	out.Printf("without the bias correction: lowest average %s at step %d (η = %s), suggestion η = %s\n",
		num.Fixed(uncorrected[low], 4), low+1, num.Sig(rates[low], 3), num.Sig(rates[low]/10, 3))
	caption := "loss against the step"
	if len(rates) > 1 && rates[len(rates)-1] > rates[0] {
		caption += fmt.Sprintf("; η grows ×10 every %.0f steps", float64(len(smoothed))/math.Log10(rates[len(rates)-1]/rates[0]))
	}
	book.PrintCurves(out, []book.Series{{Name: "batch loss", Values: raw}, {Name: "smoothed", Values: smoothed}},
		book.CurveOptions{Height: 8, Caption: caption})
	var rows [][]string
	for _, lr := range []float64{suggestion / 10, suggestion, suggestion * 10, suggestion * 100} {
		out.Progress("training a fresh network at η = %s", num.Sig(lr, 3))
		m, _, err := documentModel(seed, lr)
		if err != nil {
			return err
		}
		h, err := m.Fit(ctx, ds.X, ds.Y, nn.FitConfig{Epochs: 5, BatchSize: 32, Shuffle: true, Seed: seed})
		if err != nil {
			return err
		}
		result := num.Fixed(h.Values["loss"][max(h.Epochs-1, 0)], 4)
		if h.Status != nn.Completed || h.Epochs == 0 {
			result = h.Status.String()
		}
		rows = append(rows, []string{num.Sig(lr, 3), result})
	}
	out.Printf("\nfresh networks, 5 epochs of Adam:\n%s", book.Table([]string{"η", "loss in epoch 5"}, rows))
	return nil
}

// runBatchSize trains logistic regression on the same 1000 rows with
// mini-batches of several sizes and the same rate, twice: for the same
// number of epochs (samples seen) and for the same number of steps. It also
// measures how noisy each size's gradient is.
func runBatchSize(ctx context.Context, in book.Inputs, out book.Output) error {
	seed := uint64(in.Int("seed"))
	ds, err := data.Generate("binary100", 1000, seed)
	if err != nil {
		return err
	}
	model := logistic{x: ds.X, y: ds.Y}
	n, epochs, lr := len(ds.X), in.Int("epochs"), in.Float("lr")
	spread := gradientSpread(model, make([]float64, 101))
	var rows [][]string
	var curves []book.Series
	for _, size := range []int{1, 8, 32, 128, 1000} {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		out.Progress("batch size %d", size)
		// The noise E‖g_B − g‖² of a batch drawn without replacement, by
		// the formula and measured over 100 random batches.
		noise := spread / float64(size) * float64(n-size) / float64(n-1)
		measured := measuredNoise(model, size, 100, seed)
		perEpoch, err := miniBatchSGD(model, size, lr, epochs*((n+size-1)/size), seed)
		if err != nil {
			return err
		}
		sameSteps, _ := miniBatchSGD(model, size, lr, in.Int("steps"), seed)
		rows = append(rows, []string{fmt.Sprint(size), fmt.Sprintf("%.3g", noise), fmt.Sprintf("%.3g", measured),
			fmt.Sprint(epochs * ((n + size - 1) / size)), fmt.Sprintf("%.4f", perEpoch[len(perEpoch)-1]),
			fmt.Sprintf("%.4f", sameSteps[len(sameSteps)-1])})
		curves = append(curves, book.Series{Name: fmt.Sprintf("B = %d", size), Values: perEpoch})
	}
	out.Printf("logistic regression, 1000 rows × 100 features, SGD η = %g\n", lr)
	out.Printf("%s", book.Table([]string{"batch B", "noise at θ = 0: formula", "measured",
		fmt.Sprintf("steps in %d epochs", epochs), "loss after them", fmt.Sprintf("loss after %d steps", in.Int("steps"))}, rows))
	out.Frame(book.Curves(curves, book.CurveOptions{Height: 10, Caption: "training loss after each pass over the data"}))
	return nil
}

// miniBatchSGD takes steps SGD steps from θ = 0 on batches of the given
// size, each pass over the rows in a new seeded order, and returns the
// full training loss after every pass (and after the last step).
func miniBatchSGD(model logistic, size int, lr float64, steps int, seed uint64) ([]float64, error) {
	opt, err := optim.New("sgd", map[string]float64{"lr": lr})
	if err != nil {
		return nil, err
	}
	n := len(model.x)
	theta, grad := make([]float64, 101), make([]float64, 101)
	order := rand.New(rand.NewPCG(seed, 29))
	var losses []float64
	var perm []int
	for t := range steps {
		start := (t * size) % (((n + size - 1) / size) * size)
		if start == 0 {
			perm = order.Perm(n)
		}
		model.lossAndGrad(theta, perm[start:min(start+size, n)], grad)
		opt.Step(theta, grad)
		if min(start+size, n) == n || t == steps-1 {
			losses = append(losses, model.lossAndGrad(theta, allRows(n), grad))
		}
	}
	return losses, nil
}

// measuredNoise averages ‖g_B − g‖² at θ = 0 over random batches of the
// given size, each drawn without replacement.
func measuredNoise(model logistic, size, batches int, seed uint64) float64 {
	n := len(model.x)
	theta := make([]float64, 101)
	full, gB := make([]float64, 101), make([]float64, 101)
	model.lossAndGrad(theta, allRows(n), full)
	rng := rand.New(rand.NewPCG(seed, 43))
	total := 0.0
	for range batches {
		model.lossAndGrad(theta, rng.Perm(n)[:size], gB)
		for j := range gB {
			total += (gB[j] - full[j]) * (gB[j] - full[j])
		}
	}
	return total / float64(batches)
}

// gradientSpread is tr Σ = (1/n)·Σᵢ ‖gᵢ − g‖², the spread of the
// per-sample gradients gᵢ around their mean g: the noise of a batch of one.
func gradientSpread(model logistic, theta []float64) float64 {
	n := len(model.x)
	mean, gi := make([]float64, len(theta)), make([]float64, len(theta))
	model.lossAndGrad(theta, allRows(n), mean)
	spread := 0.0
	for i := range n {
		model.lossAndGrad(theta, []int{i}, gi)
		for j := range gi {
			spread += (gi[j] - mean[j]) * (gi[j] - mean[j])
		}
	}
	return spread / float64(n)
}
