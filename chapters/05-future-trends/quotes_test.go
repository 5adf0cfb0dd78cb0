package trends

import (
	"context"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"descent/chapters/book"
	"descent/chapters/book/booktest"
	"descent/core/surface"
)

// TestQuotes: every number the prose quotes is printed by the cell it
// comes from, with that cell's defaults.
func TestQuotes(t *testing.T) {
	booktest.CheckQuotes(t, Chapter(), []booktest.Quote{
		{Text: "1.431e-07", Cell: "rotated-bowl"},
		{Text: "0.000294", Cell: "rotated-bowl"},
		{Text: "0.3378", Cell: "rotated-bowl"},
		{Text: "0.195", Cell: "rotated-bowl"},
		{Text: "0.788", Cell: "rotated-bowl"},
		{Text: "1.16e-01", Cell: "adaptive-vs-schedule"},
		{Text: "0.134", Cell: "adaptive-vs-schedule"},
		{Text: "4.33e-02", Cell: "adaptive-vs-schedule"},
		{Text: "4.91e-02", Cell: "adaptive-vs-schedule"},
		{Text: "5.59e-03", Cell: "adaptive-vs-schedule"},
		{Text: "4.79e-03", Cell: "adaptive-vs-schedule"},
		{Text: "0.00478907", Cell: "data-parallel"},
		{Text: "0.0811", Cell: "data-parallel"},
		{Text: "4.48e-16", Cell: "data-parallel"},
		{Text: "0.0868", Cell: "stale-gradients"},
		{Text: "0.0869", Cell: "stale-gradients"},
		{Text: "2.99e+04", Cell: "stale-gradients"},
		{Text: "41.35", Cell: "imbalance-conditioning"},
		{Text: "575", Cell: "imbalance-conditioning"},
		{Text: "69.2", Cell: "imbalance-conditioning"},
		{Text: "974", Cell: "imbalance-conditioning"},
		{Text: "242.7", Cell: "imbalance-conditioning"},
		{Text: "3467", Cell: "imbalance-conditioning"},
		{Text: "39.17", Cell: "imbalance-conditioning"},
		{Text: "67.39", Cell: "imbalance-conditioning"},
		{Text: "2.812", Cell: "class-weight-threshold"},
		{Text: "ln(w₁/w₀) = 2.928", Cell: "class-weight-threshold"},
		{Text: "1016 positives", Cell: "class-weight-threshold"},
		{Text: "p > 0.0508", Cell: "class-weight-threshold"},
		{Text: "99.8%", Cell: "class-weight-threshold"},
		{Text: "85.8%", Cell: "class-weight-threshold"},
		{Text: "5.6%", Cell: "importance-sampling"},
		{Text: "0.00962", Cell: "importance-sampling"},
		{Text: "0.0168", Cell: "importance-sampling"},
		{Text: "1.05", Cell: "importance-sampling"},
		{Text: "94.4", Cell: "importance-sampling"},
		{Text: "0.718", Cell: "importance-sampling"},
		{Text: "0.00143", Cell: "importance-sampling"},
		{Text: "0.00237", Cell: "importance-sampling"},
		{Text: "0.029", Cell: "focal-gradient"},
		{Text: "0.000299", Cell: "focal-gradient"},
		{Text: "1.22", Cell: "focal-gradient"},
		{Text: "96.3% (importance-sampled)", Cell: "imbalanced"},
		{Text: "96.2%", Cell: "imbalanced"},
		{Text: "94.8%", Cell: "imbalanced"},
		{Text: "36.8%", Cell: "imbalanced"},
		{Text: "40.9%", Cell: "imbalanced"},
		{Text: "87.4%", Cell: "imbalanced"},
		{Text: "26.0%", Cell: "imbalanced"},
		{Text: "40.3%", Cell: "imbalanced"},
		{Text: "0.131", Cell: "sparse-adagrad"},
		{Text: "0.054", Cell: "sparse-adagrad"},
		{Text: "125× fewer", Cell: "lazy-updates"},
		{Text: "0.0e+00", Cell: "lazy-updates"},
		{Text: "3.709", Cell: "lazy-updates"},
		{Text: "0.2795", Cell: "lazy-updates"},
		{Text: "1.0957", Cell: "lazy-updates"},
	})
}

// TestParallelGapIsRounding: with several workers the sums are grouped
// differently, and the parameters may differ, but only by rounding.
func TestParallelGapIsRounding(t *testing.T) {
	r := newRegression(512, 8, 1)
	theta := []float64{0.5, -1, 2, 0, 1, 3, -2, 0.25}
	batch := make([]int, 256)
	for i := range batch {
		batch[i] = 2 * i
	}
	single, parallel := make([]float64, 8), make([]float64, 8)
	r.addGradientSum(theta, batch, single)
	parallelGradient(r, theta, batch, 7, parallel)
	for j := range single {
		single[j] /= float64(len(batch))
		if math.Abs(single[j]-parallel[j]) > 1e-12*(1+math.Abs(single[j])) {
			t.Errorf("coordinate %d: single %v, parallel %v", j, single[j], parallel[j])
		}
	}
}

// TestStalenessBoundMatchesMeasurement: the prose says the formula and the
// bisection agree to within 3·10⁻⁴ at every delay in the table.
func TestStalenessBoundMatchesMeasurement(t *testing.T) {
	f := surface.Quadratic()
	for delay := range 9 {
		measured, err := measuredBound(f, delay)
		if err != nil {
			t.Fatal(err)
		}
		if gap := math.Abs(measured - delayBound(4, delay)); gap > 3e-4 {
			t.Errorf("τ = %d: measured %.5f, formula %.5f", delay, measured, delayBound(4, delay))
		}
	}
}

// TestOneWorkerIsExactlySingleProcess: with one worker the parallel code
// adds the same terms in the same order, so the prose's "exactly 0" holds.
func TestOneWorkerIsExactlySingleProcess(t *testing.T) {
	out := runCell(t, "data-parallel", "workers=1")
	if !strings.Contains(out, "over all steps: 0.0e+00") {
		t.Errorf("one worker should match bit for bit:\n%s", out)
	}
	// More workers than rows in a batch leaves some shards empty; that must
	// still work and still agree.
	if out := runCell(t, "data-parallel", "workers=64", "batch=10"); !strings.Contains(out, "largest |θ_single − θ_parallel|") {
		t.Errorf("64 workers on a batch of 10:\n%s", out)
	}
}

// TestDelayBoundFormula checks the stability bound at the two delays
// where it has a simple closed form: τ = 0 gives 2/L, τ = 1 gives 1/L
// (z² − z + ηλ has roots of product ηλ, so |z| < 1 needs ηλ < 1).
func TestDelayBoundFormula(t *testing.T) {
	if got := delayBound(4, 0); got != 0.5 {
		t.Errorf("τ = 0: %v, want 0.5", got)
	}
	if got := delayBound(4, 1); got < 0.25-1e-15 || got > 0.25+1e-15 {
		t.Errorf("τ = 1: %v, want 0.25", got)
	}
}

// TestImportanceWeightsAreUnbiased: over many balanced batches, the
// importance weights give each class the share of the loss it has in the
// data (n_class/n), which is why importance sampling keeps plain
// cross-entropy's target, while oversampling without weights gives ½ each.
func TestImportanceWeightsAreUnbiased(t *testing.T) {
	y := make([]float64, 1000)
	for i := range 50 {
		y[i] = 1 // 5% positives
	}
	methods, err := imbalanceMethods(y, 2)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, m := range methods {
		if m.name != "importance-sampled" && m.name != "oversampled batches" {
			continue
		}
		positiveShare, draws := 0.0, 4000
		for range draws {
			rows, weights := m.sample(rng)
			for k, i := range rows {
				positiveShare += weights[k] * y[i] / float64(len(rows))
			}
		}
		positiveShare /= float64(draws)
		want := 0.05
		if m.name == "oversampled batches" {
			want = 0.5
		}
		if math.Abs(positiveShare-want) > 1e-9 {
			t.Errorf("%s: positives carry %.4f of the weight, want %.2f", m.name, positiveShare, want)
		}
	}
}

// TestLazyAdagradIsExact: skipping zero-gradient coordinates changes
// nothing for Adagrad, whatever the data.
func TestLazyAdagradIsExact(t *testing.T) {
	for _, args := range [][]string{{"seed=7", "rows=300"}, {"seed=2", "rows=2000", "lr=2"}} {
		if out := runCell(t, "lazy-updates", args...); !strings.Contains(out, "largest |w_dense − w_lazy| = 0.0e+00") {
			t.Errorf("%v: lazy and dense Adagrad differ:\n%s", args, out)
		}
	}
}

func TestCellsAreDeterministic(t *testing.T) {
	for _, c := range Chapter().Cells {
		a, err1 := book.RunDefault(context.Background(), &c)
		b, err2 := book.RunDefault(context.Background(), &c)
		if err1 != nil || err2 != nil || a != b {
			t.Errorf("%s: two runs differ or fail (%v, %v)", c.ID, err1, err2)
		}
	}
}
