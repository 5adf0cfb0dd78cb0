package trends

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"

	"descent/chapters/book"
	"descent/core/optim"
)

// A sparseRow lists the features that are on (value 1) in one sample; all
// the others are 0. This is how text or click data looks: thousands of
// features, a handful present in each row.
type sparseRow []int

// sparseData draws n rows of k distinct features out of d, feature j being
// picked with probability ∝ 1/(j + 1) (Zipf's law: a few features are in
// almost every row, most are rare). The target is y = Σⱼ w*ⱼ over the row's
// features, with w*ⱼ standard normal.
func sparseData(n, d, k int, seed uint64) (rows []sparseRow, y, wTrue []float64) {
	rng := rand.New(rand.NewPCG(seed, 19))
	wTrue = make([]float64, d)
	cumulative := make([]float64, d)
	total := 0.0
	for j := range d {
		wTrue[j] = rng.NormFloat64()
		total += 1 / float64(j+1)
		cumulative[j] = total
	}
	for range n {
		row := sparseRow{}
		for len(row) < k {
			u := rng.Float64() * total
			j := 0
			for cumulative[j] < u {
				j++
			}
			if !contains(row, j) {
				row = append(row, j)
			}
		}
		target := 0.0
		for _, j := range row {
			target += wTrue[j]
		}
		rows, y = append(rows, row), append(y, target)
	}
	return rows, y, wTrue
}

func contains(row sparseRow, j int) bool {
	for _, i := range row {
		if i == j {
			return true
		}
	}
	return false
}

// residual is the error of the prediction w·x on one sparse row.
func residual(w []float64, row sparseRow, y float64) float64 {
	p := 0.0
	for _, j := range row {
		p += w[j]
	}
	return p - y
}

// denseEpoch makes one pass of SGD with batch size 1 on ½(w·x − y)², the
// ordinary way: the gradient is a full-length vector, zero except on the
// row's features, and the optimizer's Step visits every coordinate.
func denseEpoch(opt optim.Optimizer, w []float64, rows []sparseRow, y []float64) (coordinateUpdates int) {
	grad := make([]float64, len(w))
	for i, row := range rows {
		r := residual(w, row, y[i])
		for _, j := range row {
			grad[j] = r // ∂/∂wⱼ of ½r² is r·xⱼ, and xⱼ = 1
		}
		opt.Step(w, grad)
		for _, j := range row {
			grad[j] = 0
		}
		coordinateUpdates += len(w)
	}
	return coordinateUpdates
}

// runSparseAdagrad trains the same sparse regression with SGD and with
// Adagrad, each at several learning rates (SGD diverges above about
// 2/8: a row has 8 features), and measures the error of the learned
// weights separately for frequent and for rare features.
func runSparseAdagrad(ctx context.Context, in book.Inputs, out book.Output) error {
	const d, k = 1000, 8
	rows, y, wTrue := sparseData(in.Int("rows"), d, k, uint64(in.Int("seed")))
	seen := make([]int, d)
	for _, row := range rows {
		for _, j := range row {
			seen[j]++
		}
	}
	buckets := []struct {
		name   string
		lo, hi int
	}{{"≥ 100 times", 100, math.MaxInt}, {"10–99 times", 10, 99}, {"1–9 times", 1, 9}}
	header := []string{"optimizer", "η", "training loss"}
	for _, b := range buckets {
		count := 0
		for _, c := range seen {
			if c >= b.lo && c <= b.hi {
				count++
			}
		}
		header = append(header, fmt.Sprintf("%s (%d)", b.name, count))
	}
	var table [][]string
	runs := []struct {
		kind string
		lr   float64
	}{{"sgd", 0.05}, {"sgd", 0.1}, {"sgd", 0.2}, {"adagrad", 0.25}, {"adagrad", 0.5}, {"adagrad", 1}, {"adagrad", 2}}
	for k, run := range runs {
		out.Progress("run %d/%d: %s, η = %g", k+1, len(runs), run.kind, run.lr)
		opt, err := optim.New(run.kind, map[string]float64{"lr": run.lr})
		if err != nil {
			return err
		}
		w := make([]float64, d)
		for range in.Int("epochs") {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			denseEpoch(opt, w, rows, y)
		}
		line := []string{run.kind, fmt.Sprint(run.lr), fmt.Sprintf("%.4f", meanLoss(w, rows, y))}
		for _, b := range buckets {
			sum, count := 0.0, 0
			for j, c := range seen {
				if c >= b.lo && c <= b.hi {
					sum += (w[j] - wTrue[j]) * (w[j] - wTrue[j])
					count++
				}
			}
			line = append(line, fmt.Sprintf("%.3f", math.Sqrt(sum/float64(max(count, 1)))))
		}
		table = append(table, line)
	}
	out.Printf("%d rows, %d features, %d on per row. RMS error of the learned weights, by how often\n", len(rows), d, k)
	out.Printf("a feature appears in the data (never-seen features cannot be learned and are left out):\n")
	out.Printf("%s", book.Table(header, table))
	return nil
}

// Adagrad's settings in the lazy-updates cell: Keras's, which core/optim
// also uses by default, ε inside the root.
const (
	adagradStart = 0.1  // initial accumulator s₀
	adagradEps   = 1e-7 // θ ← θ − η·g/√(s + ε)
)

// lazyAdagradEpoch is denseEpoch for Adagrad, written to touch only the
// row's features: s ← s + g², w ← w − η·g/√(s + ε) on those alone. A
// coordinate whose gradient is 0 would add 0 to s and move by 0, so
// skipping it changes nothing.
func lazyAdagradEpoch(lr float64, sum, w []float64, rows []sparseRow, y []float64) (coordinateUpdates int) {
	for i, row := range rows {
		r := residual(w, row, y[i])
		for _, j := range row {
			sum[j] += r * r
			w[j] -= lr * (r / math.Sqrt(sum[j]+adagradEps))
		}
		coordinateUpdates += len(row)
	}
	return coordinateUpdates
}

// lazyAdamEpoch is the same idea for Adam (TensorFlow's LazyAdam): only
// the row's moments are updated. Unlike Adagrad this is NOT the same as
// dense Adam, where every coordinate's m and v decay each step and a
// feature keeps moving, by η·m̂/(√v̂ + ε), long after its last gradient.
func lazyAdamEpoch(lr float64, t *int, m, v, w []float64, rows []sparseRow, y []float64) {
	const b1, b2, eps = 0.9, 0.999, 1e-8
	for i, row := range rows {
		*t++
		c1, c2 := 1-math.Pow(b1, float64(*t)), 1-math.Pow(b2, float64(*t))
		r := residual(w, row, y[i])
		for _, j := range row {
			m[j] = b1*m[j] + (1-b1)*r
			v[j] = b2*v[j] + (1-b2)*r*r
			w[j] -= lr * (m[j] / c1) / (math.Sqrt(v[j]/c2) + eps)
		}
	}
}

// runLazyUpdates compares dense and lazy updates on the same data.
func runLazyUpdates(ctx context.Context, in book.Inputs, out book.Output) error {
	const d, k = 1000, 8
	rows, y, _ := sparseData(in.Int("rows"), d, k, uint64(in.Int("seed")))
	lr := in.Float("lr")
	// Adagrad: dense through core/optim, lazy by hand, same ε.
	dense, err := optim.New("adagrad", map[string]float64{"lr": lr, "initial_accumulator": adagradStart, "eps": adagradEps})
	if err != nil {
		return err
	}
	wDense, wLazy, sum := make([]float64, d), make([]float64, d), make([]float64, d)
	for j := range sum {
		sum[j] = adagradStart
	}
	denseWork := denseEpoch(dense, wDense, rows, y)
	lazyWork := lazyAdagradEpoch(lr, sum, wLazy, rows, y)
	out.Printf("Adagrad: dense visits %d coordinates, lazy %d (%.0f× fewer); largest |w_dense − w_lazy| = %.1e\n",
		denseWork, lazyWork, float64(denseWork)/float64(lazyWork), maxGap(wDense, wLazy))
	if ctx.Err() != nil {
		return ctx.Err()
	}
	// Adam: the same comparison gives two different models.
	adam, _ := optim.New("adam", map[string]float64{"lr": lr / 10, "eps": 1e-8})
	wDenseAdam, wLazyAdam := make([]float64, d), make([]float64, d)
	m, v, t := make([]float64, d), make([]float64, d), 0
	denseEpoch(adam, wDenseAdam, rows, y)
	lazyAdamEpoch(lr/10, &t, m, v, wLazyAdam, rows, y)
	out.Printf("Adam (η = %g): largest |w_dense − w_lazy| = %.3f; training loss dense %.4f, lazy %.4f\n",
		lr/10, maxGap(wDenseAdam, wLazyAdam), meanLoss(wDenseAdam, rows, y), meanLoss(wLazyAdam, rows, y))
	return nil
}

func maxGap(a, b []float64) float64 {
	gap := 0.0
	for i := range a {
		gap = math.Max(gap, math.Abs(a[i]-b[i]))
	}
	return gap
}

func meanLoss(w []float64, rows []sparseRow, y []float64) float64 {
	s := 0.0
	for i, row := range rows {
		r := residual(w, row, y[i])
		s += r * r / 2
	}
	return s / float64(len(rows))
}
