package faq

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"descent/chapters/book"
	"descent/core/data"
	"descent/core/loss"
	"descent/core/nn"
	"descent/core/num"
	"descent/core/optim"
)

// real is a floating-point type: the gradient check runs in both.
type real interface{ ~float32 | ~float64 }

// checkRows are the five rows, labels ±1, of a small logistic problem.
var checkRows = [][]float64{{1, 0.5, -1.5}, {-0.3, 2, 0.7}, {0.8, -1.2, 0.4}, {1.5, 0.3, 0.9}, {-1, -0.6, 1.1}}
var checkLabels = []float64{1, -1, 1, 1, -1}

// softplusLoss is (1/n)·Σᵢ log(1 + e^(−yᵢ·w·xᵢ)), the logistic loss, with
// every operation rounded to T's precision, as a float32 framework would.
func softplusLoss[T real](w []T) T {
	var sum T
	for i, row := range checkRows {
		var z T
		for j := range w {
			z += w[j] * T(row[j])
		}
		sum += T(math.Log1p(math.Exp(float64(-T(checkLabels[i]) * z))))
	}
	return sum / T(len(checkRows))
}

// softplusGrad is the exact gradient of softplusLoss, in float64:
// ∂/∂wⱼ = −(1/n)·Σᵢ yᵢ·xᵢⱼ·σ(−yᵢ·w·xᵢ).
func softplusGrad(w []float64) []float64 {
	grad := make([]float64, len(w))
	for i, row := range checkRows {
		z := 0.0
		for j := range w {
			z += w[j] * row[j]
		}
		s := 1 / (1 + math.Exp(checkLabels[i]*z)) // σ(−y·z)
		for j := range w {
			grad[j] -= checkLabels[i] * row[j] * s / float64(len(checkRows))
		}
	}
	return grad
}

// centralDiff estimates ∂f/∂wⱼ by (f(w + h·eⱼ) − f(w − h·eⱼ))/(2h), in T.
func centralDiff[T real](f func([]T) T, w []T, h T) []float64 {
	grad := make([]float64, len(w))
	for j := range w {
		keep := w[j]
		w[j] = keep + h
		plus := f(w)
		w[j] = keep - h
		minus := f(w)
		w[j] = keep
		grad[j] = float64((plus - minus) / (2 * h))
	}
	return grad
}

// relativeError is maxⱼ |aⱼ − nⱼ|/max(|aⱼ|, |nⱼ|), the measure CS231n
// recommends: it is scale-free, and 0 when both are 0.
func relativeError(analytic, numeric []float64) float64 {
	worst := 0.0
	for j := range analytic {
		if d := math.Max(math.Abs(analytic[j]), math.Abs(numeric[j])); d > 0 {
			worst = math.Max(worst, math.Abs(analytic[j]-numeric[j])/d)
		}
	}
	return worst
}

// runGradCheckPitfalls measures the two ways a correct gradient can fail a
// check: the step h (truncation error against round-off, in float64 and
// float32), and a kink closer than h.
func runGradCheckPitfalls(ctx context.Context, in book.Inputs, out book.Output) error {
	w64 := []float64{0.3, -0.8, 0.5}
	w32 := []float32{0.3, -0.8, 0.5}
	exact := softplusGrad(w64)
	var rows [][]string
	for e := 1; e <= 10; e++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		h := math.Pow(10, -float64(e))
		err64 := relativeError(exact, centralDiff(softplusLoss[float64], w64, h))
		err32 := relativeError(exact, centralDiff(softplusLoss[float32], w32, float32(h)))
		rows = append(rows, []string{num.G(h), num.Sig(err64, 2), num.Sig(err32, 2)})
	}
	out.Printf("logistic loss of 3 weights on 5 rows: relative error of the central difference\n")
	out.Printf("%s", book.Table([]string{"h", "float64", "float32"}, rows))

	// A ReLU unit f(w) = max(0, w₀·x₀ + w₁·x₁) whose input z sits a
	// distance d above its kink at z = 0.
	d := in.Float("kink")
	x := []float64{1, -2}
	w := []float64{d + 0.5, 0.25} // z = (d + 0.5) − 0.5 = d
	relu := func(w []float64) float64 { return math.Max(0, w[0]*x[0]+w[1]*x[1]) }
	z := w[0]*x[0] + w[1]*x[1]
	analytic := []float64{0, 0}
	if z > 0 {
		analytic = []float64{x[0], x[1]}
	}
	rows = nil
	for _, h := range []float64{1e-2, 1e-4, 1e-6, 1e-8} {
		numeric := centralDiff(relu, w, h)
		// The check can flag its own bad points: did a step cross the kink?
		crossed := false
		for j := range w {
			for _, s := range []float64{-h, h} {
				zs := z + s*x[j]
				crossed = crossed || (zs > 0) != (z > 0)
			}
		}
		rows = append(rows, []string{num.G(h), num.Vector(numeric), num.Sig(relativeError(analytic, numeric), 2), fmt.Sprint(crossed)})
	}
	out.Printf("\nrelu(w₀ − 2·w₁) at a point %s above its kink; analytic gradient %s\n", num.G(d), num.Vector(analytic))
	out.Printf("%s", book.Table([]string{"h", "numeric gradient", "relative error", "a step crossed the kink"}, rows))
	return nil
}

// blobs draws perClass rows of dim features for each of classes classes:
// class k's rows scatter with σ = 1 around a centre drawn from N(0, 1).
// Targets are one-hot.
func blobs(classes, perClass, dim int, rng *rand.Rand) (x, y [][]float64) {
	for k := range classes {
		centre := make([]float64, dim)
		for j := range centre {
			centre[j] = rng.NormFloat64()
		}
		for range perClass {
			row, target := make([]float64, dim), make([]float64, classes)
			for j := range row {
				row[j] = centre[j] + rng.NormFloat64()
			}
			target[k] = 1
			x, y = append(x, row), append(y, target)
		}
	}
	return x, y
}

// initialLoss builds Dense(64, relu) → Dense(classes, softmax), multiplies
// the last kernel by scale, and returns the cross-entropy before any step.
func initialLoss(x, y [][]float64, classes int, scale float64, seed uint64) (float64, error) {
	m, err := nn.NewSequential(len(x[0]), seed, nn.Dense(64, nn.ReLU()), nn.Dense(classes, nn.Softmax()))
	if err != nil {
		return 0, err
	}
	for i := range m.Layers()[1].Kernel {
		m.Layers()[1].Kernel[i] *= scale
	}
	opt, _ := optim.New("sgd", nil)
	if err := m.Compile(opt, loss.CategoricalCrossentropy()); err != nil {
		return 0, err
	}
	scores, err := m.Evaluate(x, y)
	return scores["loss"], err
}

// runInitLoss compares the loss before training with ln C, the loss of
// predicting 1/C for every class, and shows what an output bias set to
// the class frequencies buys on imbalanced binary labels.
func runInitLoss(ctx context.Context, in book.Inputs, out book.Output) error {
	seed, scale := uint64(in.Int("seed")), in.Float("scale")
	var rows [][]string
	for _, classes := range []int{2, 10, 100} {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		x, y := blobs(classes, 20, 20, rand.New(rand.NewPCG(seed, 53)))
		row := []string{fmt.Sprint(classes), num.Fixed(math.Log(float64(classes)), 4)}
		for _, s := range []float64{0.01, 1, scale} {
			l, err := initialLoss(x, y, classes, s, seed)
			if err != nil {
				return err
			}
			row = append(row, num.Fixed(l, 4))
		}
		rows = append(rows, row)
	}
	out.Printf("Dense(64, relu) → Dense(C, softmax), 20 rows per class, cross-entropy before any step,\n")
	out.Printf("with the last layer's Glorot-uniform weights multiplied by a factor\n")
	out.Printf("%s", book.Table([]string{"classes C", "ln C", "×0.01", "×1 (Glorot)", "×" + num.G(scale)}, rows))

	// Imbalanced binary labels: 10% positive.
	ds, err := data.Generate("binary100", 1000, seed)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 59))
	positives := 0
	for i := range ds.Y {
		ds.Y[i][0] = 0
		if rng.Float64() < 0.1 {
			ds.Y[i][0], positives = 1, positives+1
		}
	}
	p := float64(positives) / float64(len(ds.Y))
	var binRows [][]string
	for _, bias := range []float64{0, math.Log(p / (1 - p))} {
		m, _, err := documentModel(seed, 0.001)
		if err != nil {
			return err
		}
		last := m.Layers()[len(m.Layers())-1]
		last.Bias[0] = bias
		before, err := m.Evaluate(ds.X, ds.Y)
		if err != nil {
			return err
		}
		h, err := m.Fit(ctx, ds.X, ds.Y, nn.FitConfig{Epochs: 1, BatchSize: 32, Shuffle: true, Seed: seed})
		if err != nil {
			return err
		}
		binRows = append(binRows, []string{num.Fixed(bias, 4), num.Fixed(before["loss"], 4), num.Fixed(h.Values["loss"][0], 4)})
	}
	entropy := -p*math.Log(p) - (1-p)*math.Log(1-p)
	out.Printf("\nthe document's network on labels with %.1f%% positives: ln 2 = %s, entropy of the labels %s\n",
		100*p, num.Fixed(math.Ln2, 4), num.Fixed(entropy, 4))
	out.Printf("%s", book.Table([]string{"output bias", "loss at init", "mean loss in epoch 1"}, binRows))
	return nil
}

// ascent is an optimizer with its sign flipped: the bug of adding the
// gradient instead of subtracting it.
type ascent struct{ optim.Optimizer }

func (a ascent) Step(params, grad []float64) {
	for i := range grad {
		grad[i] = -grad[i]
	}
	a.Optimizer.Step(params, grad)
}

// runOverfitTiny trains the document's network on a handful of rows, once
// correctly and once with each of three classic bugs, and reports whether
// it can drive the loss on those rows to zero.
func runOverfitTiny(ctx context.Context, in book.Inputs, out book.Output) error {
	seed, n, steps := uint64(in.Int("seed")), in.Int("rows"), in.Int("steps")
	ds, err := data.Generate("binary100", n, seed)
	if err != nil {
		return err
	}
	type variant struct {
		name     string
		lr       float64
		flip     bool // the optimizer ascends
		misalign bool // labels shuffled apart from their rows every step
	}
	var rows [][]string
	for _, v := range []variant{
		{name: "correct", lr: 0.01},
		{name: "labels shuffled apart from their rows", lr: 0.01, misalign: true},
		{name: "gradient added, not subtracted", lr: 0.01, flip: true},
		{name: "η = 1e-6, far too small", lr: 1e-6},
	} {
		out.Progress("%s", v.name)
		m, err := nn.NewSequential(100, seed, nn.Dense(10, nn.ReLU()), nn.Dense(10, nn.ReLU()), nn.Dense(1, nn.Sigmoid()))
		if err != nil {
			return err
		}
		opt, err := optim.New("adam", map[string]float64{"lr": v.lr})
		if err != nil {
			return err
		}
		var o nn.Optimizer = opt
		if v.flip {
			o = ascent{opt}
		}
		if err := m.Compile(o, loss.BinaryCrossentropy(), nn.BinaryAccuracy("accuracy")); err != nil {
			return err
		}
		before, _ := m.Evaluate(ds.X, ds.Y)
		rng := rand.New(rand.NewPCG(seed, 61))
		labels := slices.Clone(ds.Y)
		status := ""
		for t := range steps {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if v.misalign {
				rng.Shuffle(len(labels), func(i, j int) { labels[i], labels[j] = labels[j], labels[i] })
			}
			if l, err := m.TrainOnBatch(ds.X, labels); err != nil {
				return err
			} else if !num.Finite(l) {
				status = fmt.Sprintf("diverged at step %d", t+1)
				break
			}
		}
		after, _ := m.Evaluate(ds.X, ds.Y)
		if status == "" && !num.Finite(after["loss"]) {
			status = "diverged"
		}
		lossAfter := num.Fixed(after["loss"], 4)
		if status != "" {
			lossAfter = status
		}
		rows = append(rows, []string{v.name, num.Fixed(before["loss"], 4), lossAfter, fmt.Sprintf("%.0f%%", 100*after["accuracy"])})
	}
	out.Printf("the document's network, Adam, %d rows, %d full-batch steps\n", n, steps)
	out.Printf("%s", book.Table([]string{"training loop", "loss at start", fmt.Sprintf("loss after %d steps", steps), "accuracy on the rows"}, rows))
	return nil
}

// kernelRatios returns ‖ΔW‖/‖W‖ for each layer's kernel, where before
// holds copies of the kernels taken before the step.
func kernelRatios(m *nn.Sequential, before [][]float64) []float64 {
	ratios := make([]float64, len(before))
	for i, layer := range m.Layers() {
		var d2, w2 float64
		for j, w := range before[i] {
			d2 += (layer.Kernel[j] - w) * (layer.Kernel[j] - w)
			w2 += w * w
		}
		ratios[i] = math.Sqrt(d2 / w2)
	}
	return ratios
}

// median returns the middle value (the mean of the two middle ones).
func median(values []float64) float64 {
	s := slices.Clone(values)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// runUpdateRatio trains the document's network at several rates and
// reports, for each layer's kernel, the median over all steps of the
// update-to-weight ratio ‖ΔW‖/‖W‖ (CS231n: about 1e-3 is healthy).
func runUpdateRatio(ctx context.Context, in book.Inputs, out book.Output) error {
	seed, kind, epochs := uint64(in.Int("seed")), in.Choice("optimizer"), in.Int("epochs")
	ds, err := data.Generate("binary100", 1000, seed)
	if err != nil {
		return err
	}
	trainX, trainY, valX, valY := ds.X[:800], ds.Y[:800], ds.X[800:], ds.Y[800:]
	var rows [][]string
	for _, lr := range []float64{1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1} {
		out.Progress("η = %s", num.G(lr))
		m, err := nn.NewSequential(100, seed, nn.Dense(10, nn.ReLU()), nn.Dense(10, nn.ReLU()), nn.Dense(1, nn.Sigmoid()))
		if err != nil {
			return err
		}
		opt, err := optim.New(kind, map[string]float64{"lr": lr})
		if err != nil {
			return err
		}
		if err := m.Compile(opt, loss.BinaryCrossentropy()); err != nil {
			return err
		}
		perLayer := make([][]float64, len(m.Layers()))
		before := make([][]float64, len(m.Layers()))
		status := ""
		order := rand.New(rand.NewPCG(seed, 67))
		idx := make([]int, len(trainX))
		for i := range idx {
			idx[i] = i
		}
	epochs:
		for range epochs {
			order.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
			for start := 0; start < len(idx); start += 32 {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				var bx, by [][]float64
				for _, i := range idx[start:min(start+32, len(idx))] {
					bx, by = append(bx, trainX[i]), append(by, trainY[i])
				}
				for i, layer := range m.Layers() {
					before[i] = append(before[i][:0], layer.Kernel...)
				}
				if l, err := m.TrainOnBatch(bx, by); err != nil {
					return err
				} else if !num.Finite(l) {
					status = "diverged"
					break epochs
				}
				for i, r := range kernelRatios(m, before) {
					perLayer[i] = append(perLayer[i], r)
				}
			}
		}
		row := []string{num.G(lr)}
		for i := range perLayer {
			if len(perLayer[i]) == 0 {
				row = append(row, "—")
				continue
			}
			row = append(row, num.Sig(median(perLayer[i]), 2))
		}
		if status != "" {
			rows = append(rows, append(row, status, status))
			continue
		}
		trainScores, err := m.Evaluate(trainX, trainY)
		if err != nil {
			return err
		}
		valScores, err := m.Evaluate(valX, valY)
		if err != nil {
			return err
		}
		rows = append(rows, append(row, num.Fixed(trainScores["loss"], 4), num.Fixed(valScores["loss"], 4)))
	}
	out.Printf("the document's network, %s, %d epochs of 25 batches; median over the steps of ‖ΔW‖/‖W‖\n", kind, epochs)
	out.Printf("%s", book.Table([]string{"η", "layer 1", "layer 2", "layer 3", "training loss", "validation loss"}, rows))
	return nil
}

// deadUnits counts the hidden ReLU units that output 0 on every row: they
// pass no gradient back, so no step will revive them.
func deadUnits(m *nn.Sequential, x [][]float64) int {
	layers := m.Layers()
	acts := x
	dead := 0
	for _, layer := range layers[:len(layers)-1] {
		alive := make([]bool, layer.Units)
		next := make([][]float64, len(acts))
		for r, row := range acts {
			a := slices.Clone(layer.Bias)
			for i, xi := range row {
				for j := range a {
					a[j] += xi * layer.Kernel[i*layer.Units+j]
				}
			}
			for j := range a {
				a[j] = math.Max(0, a[j])
				alive[j] = alive[j] || a[j] > 0
			}
			next[r] = a
		}
		for _, ok := range alive {
			if !ok {
				dead++
			}
		}
		acts = next
	}
	return dead
}

// warmupRun trains the document's network with Adam for steps mini-batches,
// its rate ramped linearly from η/W to η over the first W steps. It returns
// the mean |Δw| of the first step in layer 1, the dead ReLUs after 50
// steps and at the end, and the final training loss (NaN if it diverged).
func warmupRun(ctx context.Context, x, y [][]float64, lr float64, warmup, steps int, seed uint64) (firstStep float64, dead50, deadEnd int, final float64, err error) {
	m, opt, err := documentModel(seed, lr)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	first := slices.Clone(m.Layers()[0].Kernel)
	for k := range steps {
		if ctx.Err() != nil {
			return 0, 0, 0, 0, ctx.Err()
		}
		rate := lr
		if k < warmup {
			rate = lr * float64(k+1) / float64(warmup)
		}
		opt.SetLearningRate(rate)
		start := (k * 32) % (len(x) - 32 + 1)
		l, err := m.TrainOnBatch(x[start:start+32], y[start:start+32])
		if err != nil {
			return 0, 0, 0, 0, err
		}
		if !num.Finite(l) {
			return firstStep, dead50, deadUnits(m, x), math.NaN(), nil
		}
		if k == 0 {
			for i, w := range m.Layers()[0].Kernel {
				firstStep += math.Abs(w-first[i]) / float64(len(first))
			}
		}
		if k == 49 {
			dead50 = deadUnits(m, x)
		}
	}
	scores, err := m.Evaluate(x, y)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	return firstStep, dead50, deadUnits(m, x), scores["loss"], nil
}

// runAdamWarmup trains the document's network from eight seeds with Adam
// at one rate, without and with a linear warm-up, and counts the ReLUs
// each run kills.
func runAdamWarmup(ctx context.Context, in book.Inputs, out book.Output) error {
	lr, warmup, steps := in.Float("lr"), in.Int("warmup"), in.Int("steps")
	const seeds = 8
	ds, err := data.Generate("binary100", 1000, 1)
	if err != nil {
		return err
	}
	x, y := ds.X[:800], ds.Y[:800]
	var rows [][]string
	for _, w := range []int{0, warmup} {
		var first float64
		var dead50, deadEnd, trained, diverged int
		var finals []float64
		for seed := uint64(1); seed <= seeds; seed++ {
			out.Progress("warm-up %d, seed %d of %d", w, seed, seeds)
			f, d50, dEnd, final, err := warmupRun(ctx, x, y, lr, w, steps, seed)
			if err != nil {
				return err
			}
			first += f / seeds
			dead50, deadEnd = dead50+d50, deadEnd+dEnd
			switch {
			case math.IsNaN(final):
				diverged++
			case final < 0.3:
				trained++
			}
			if !math.IsNaN(final) {
				finals = append(finals, final)
			}
		}
		med := "—"
		if len(finals) > 0 {
			med = num.Fixed(median(finals), 4)
		}
		label := "none"
		if w > 0 {
			label = fmt.Sprintf("%d steps", w)
		}
		rows = append(rows, []string{label, num.Sig(first, 3), fmt.Sprintf("%d/%d", dead50, 20*seeds),
			fmt.Sprintf("%d/%d", deadEnd, 20*seeds), med, fmt.Sprintf("%d/%d", trained, seeds)})
		if diverged > 0 {
			rows[len(rows)-1] = append(rows[len(rows)-1], fmt.Sprintf("%d diverged", diverged))
		}
	}
	out.Printf("the document's network, Adam η = %s, %d batches of 32 from 800 rows, %d seeds\n", num.G(lr), steps, seeds)
	out.Printf("%s", book.Table([]string{"warm-up", "mean |Δw| of step 1", "dead ReLUs at step 50", "dead at the end",
		"median final loss", "loss < 0.3"}, rows))
	return nil
}
