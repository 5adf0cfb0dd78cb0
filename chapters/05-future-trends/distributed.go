package trends

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"

	"descent/chapters/book"
	"descent/core/num"
	"descent/core/optim"
	"descent/core/surface"
)

// regression is a least-squares problem: rows x, targets y, and the loss
// J(θ) = (1/2n)·Σᵢ (xᵢ·θ − yᵢ)², whose gradient is (1/n)·Σᵢ (xᵢ·θ − yᵢ)·xᵢ.
type regression struct {
	x [][]float64
	y []float64
}

// newRegression draws n rows of d standard-normal features and
// y = x·w* + 0.1·noise, with w*ⱼ = j + 1 so the answer is easy to read.
func newRegression(n, d int, seed uint64) regression {
	rng := rand.New(rand.NewPCG(seed, 7))
	r := regression{x: make([][]float64, n), y: make([]float64, n)}
	for i := range n {
		r.x[i] = make([]float64, d)
		for j := range d {
			r.x[i][j] = rng.NormFloat64()
			r.y[i] += r.x[i][j] * float64(j+1)
		}
		r.y[i] += 0.1 * rng.NormFloat64()
	}
	return r
}

// addGradientSum adds Σᵢ (xᵢ·θ − yᵢ)·xᵢ over the given rows into sum: the
// gradient before dividing by the batch size, so that sums from several
// workers can simply be added.
func (r regression) addGradientSum(theta []float64, rows []int, sum []float64) {
	for _, i := range rows {
		residual := -r.y[i]
		for j, xj := range r.x[i] {
			residual += xj * theta[j]
		}
		for j, xj := range r.x[i] {
			sum[j] += residual * xj
		}
	}
}

// loss is J(θ) over every row.
func (r regression) loss(theta []float64) float64 {
	s := 0.0
	for i, row := range r.x {
		residual := -r.y[i]
		for j, xj := range row {
			residual += xj * theta[j]
		}
		s += residual * residual
	}
	return s / float64(2*len(r.x))
}

// parallelGradient is synchronous data parallelism: the batch is cut into
// one shard per worker, each worker (a goroutine) sums its shard's
// gradient into its own slot, and the all-reduce adds the slots in worker
// order and divides by the batch size. No slot is shared, so no lock is
// needed, and the fixed reduction order makes the result independent of
// which goroutine finishes first.
func parallelGradient(r regression, theta []float64, batch []int, workers int, grad []float64) {
	slots := make([][]float64, workers)
	var wg sync.WaitGroup
	for k := range workers {
		shard := batch[k*len(batch)/workers : (k+1)*len(batch)/workers]
		slots[k] = make([]float64, len(theta))
		wg.Go(func() { r.addGradientSum(theta, shard, slots[k]) })
	}
	wg.Wait()
	clear(grad)
	for _, slot := range slots { // the all-reduce
		for j := range grad {
			grad[j] += slot[j]
		}
	}
	for j := range grad {
		grad[j] /= float64(len(batch))
	}
}

// runDataParallel trains the same model twice from the same batches: once
// in one loop, once with the gradient split over worker goroutines.
func runDataParallel(ctx context.Context, in book.Inputs, out book.Output) error {
	const n, d = 4096, 8
	workers, batchSize, steps, lr := in.Int("workers"), in.Int("batch"), in.Int("steps"), in.Float("lr")
	r := newRegression(n, d, uint64(in.Int("seed")))
	order := rand.New(rand.NewPCG(uint64(in.Int("seed")), 11)).Perm(n)
	single, parallel := make([]float64, d), make([]float64, d)
	optSingle, err := optim.New("sgd", map[string]float64{"lr": lr})
	if err != nil {
		return err
	}
	optParallel, _ := optim.New("sgd", map[string]float64{"lr": lr})
	gSingle, gParallel := make([]float64, d), make([]float64, d)
	var lossSingle, lossParallel []float64
	largestGap := 0.0
	for t := range steps {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		start := (t * batchSize) % n
		batch := order[start:min(start+batchSize, n)]
		// One process: one loop over the whole batch.
		clear(gSingle)
		r.addGradientSum(single, batch, gSingle)
		for j := range gSingle {
			gSingle[j] /= float64(len(batch))
		}
		optSingle.Step(single, gSingle)
		// Data parallel: the same batch, split over the workers.
		parallelGradient(r, parallel, batch, workers, gParallel)
		optParallel.Step(parallel, gParallel)
		for j := range single {
			largestGap = math.Max(largestGap, math.Abs(single[j]-parallel[j]))
		}
		lossSingle = append(lossSingle, r.loss(single))
		lossParallel = append(lossParallel, r.loss(parallel))
	}
	out.Printf("%d workers, batch %d (%d rows per worker), %d steps of SGD with η = %g\n",
		workers, batchSize, batchSize/workers, steps, lr)
	out.Printf("final loss: one process %.6g, data parallel %.6g\n", lossSingle[steps-1], lossParallel[steps-1])
	out.Printf("largest |θ_single − θ_parallel| over all steps: %.1e\n", largestGap)
	out.Printf("final θ (data parallel): %s\n", formatVector(parallel))
	byMeans, bySums := unequalShards(r, make([]float64, d), order[:min(batchSize, n)], workers)
	out.Printf("first batch cut 1 : 2 : … : %d, at θ = 0; error relative to the whole batch's gradient:\n", workers)
	out.Printf("  the mean of the workers' means %s; their sums added, divided by the batch size %s\n",
		num.Sig(byMeans, 3), num.Sig(bySums, 3))
	out.Frame(book.Curves([]book.Series{{Name: "one process", Values: lossSingle}, {Name: "data parallel", Values: lossParallel}},
		book.CurveOptions{LogY: true, Caption: "J(θ) after each step: the two curves are one"}))
	return nil
}

// unequalShards splits batch into shards of sizes proportional to 1, 2,
// …, workers and combines the shards' gradients at theta two ways: the
// plain average of each worker's mean gradient, and the sum of their sums
// divided by the batch size. It returns each one's error relative to the
// gradient of the whole batch.
func unequalShards(r regression, theta []float64, batch []int, workers int) (byMeans, bySums float64) {
	d := len(theta)
	whole := make([]float64, d)
	r.addGradientSum(theta, batch, whole)
	means, sums := make([]float64, d), make([]float64, d)
	total, start, used := workers*(workers+1)/2, 0, 0
	for k := range workers {
		end := start + len(batch)*(k+1)/total
		if k == workers-1 {
			end = len(batch)
		}
		shard := batch[start:end]
		start = end
		if len(shard) == 0 {
			continue // an empty shard has no mean to average
		}
		used++
		sum := make([]float64, d)
		r.addGradientSum(theta, shard, sum)
		for j := range sum {
			sums[j] += sum[j]
			means[j] += sum[j] / float64(len(shard))
		}
	}
	for j := range means {
		whole[j] /= float64(len(batch))
		means[j] /= float64(used)
		sums[j] /= float64(len(batch))
	}
	norm := math.Sqrt(distance2(whole, make([]float64, d)))
	return math.Sqrt(distance2(means, whole)) / norm, math.Sqrt(distance2(sums, whole)) / norm
}

func formatVector(v []float64) string {
	s := "["
	for i, x := range v {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("%.3f", x)
	}
	return s + "]"
}

// delayedGD runs gradient descent on f where each step applies the
// gradient taken delay steps ago, θₜ₊₁ = θₜ − η·∇f(θₜ₋τ): what an
// asynchronous worker does when τ other updates land while it computes.
// It returns f after each step and stops early once f passes 1e12.
func delayedGD(f *surface.Surface, lr float64, delay, steps int) ([]float64, error) {
	opt, err := optim.New("sgd", map[string]float64{"lr": lr})
	if err != nil {
		return nil, err
	}
	theta := []float64{f.Start.X, f.Start.Y}
	past := [][2]float64{{theta[0], theta[1]}} // θ₀, θ₁, …: what the workers read
	grad := make([]float64, 2)
	losses := make([]float64, 0, steps)
	for t := range steps {
		stale := past[max(t-delay, 0)] // before step τ, workers read θ₀
		grad[0], grad[1] = f.Gradient(stale[0], stale[1])
		opt.Step(theta, grad)
		past = append(past, [2]float64{theta[0], theta[1]})
		loss := f.Value(theta[0], theta[1])
		losses = append(losses, loss)
		if !(loss < 1e12) {
			break
		}
	}
	return losses, nil
}

// delayBound is the largest stable η for gradient descent with delay τ on
// a quadratic of curvature L: η·L < 2·sin(π/(2(2τ + 1))) (Levin & May
// 1976). With τ = 0 it is the familiar η < 2/L.
func delayBound(L float64, delay int) float64 {
	return 2 / L * math.Sin(math.Pi/float64(2*(2*delay+1)))
}

// measuredBound finds the largest η for which delayedGD still shrinks f
// over 4000 steps, by bisection.
func measuredBound(f *surface.Surface, delay int) (float64, error) {
	lo, hi := 0.0, 0.6
	for range 30 {
		mid := (lo + hi) / 2
		losses, err := delayedGD(f, mid, delay, 4000)
		if err != nil {
			return 0, err
		}
		start := f.Value(f.Start.X, f.Start.Y)
		if len(losses) == 4000 && losses[len(losses)-1] < start {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo, nil
}

// runStaleness tabulates the theoretical and the measured stability limit
// for each delay, then runs the chosen (η, τ) beside τ = 0.
func runStaleness(ctx context.Context, in book.Inputs, out book.Output) error {
	f := surface.Quadratic() // Hessian diag(0.2, 4): L = 4
	const L = 4.0
	var rows [][]string
	for delay := range 9 {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		out.Progress("delay %d/8", delay)
		measured, err := measuredBound(f, delay)
		if err != nil {
			return err
		}
		rows = append(rows, []string{fmt.Sprint(delay), fmt.Sprintf("%.4f", delayBound(L, delay)), fmt.Sprintf("%.4f", measured)})
	}
	out.Printf("Largest stable η on f = 0.1x² + 2y² (L = 4):\n%s\n", book.Table([]string{"delay τ", "theory", "measured"}, rows))
	lr, delay, steps := in.Float("lr"), in.Int("delay"), in.Int("steps")
	fresh, err := delayedGD(f, lr, 0, steps)
	if err != nil {
		return err
	}
	stale, _ := delayedGD(f, lr, delay, steps)
	verdict := "stable"
	if lr >= delayBound(L, delay) {
		verdict = "unstable"
	}
	out.Printf("η = %g with delay %d: the bound is %.4f, so the run is %s; f after %d steps: %.3g (τ = 0: %.3g)\n",
		lr, delay, delayBound(L, delay), verdict, len(stale), stale[len(stale)-1], fresh[len(fresh)-1])
	out.Frame(book.Curves([]book.Series{{Name: "τ = 0", Values: fresh}, {Name: fmt.Sprintf("τ = %d", delay), Values: stale}},
		book.CurveOptions{LogY: true, Caption: fmt.Sprintf("f(θₜ) with η = %g", lr)}))
	return nil
}
