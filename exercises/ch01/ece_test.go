package ch01

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"descent/exercises/internal/expect"
)

// eceHint names the mistake a result looks like, if any.
func eceHint(got float64, p, y []float64, bins int) string {
	sumP, sumY := make([]float64, bins), make([]float64, bins)
	count := make([]int, bins)
	var perSample float64
	for i, v := range p {
		b := min(int(v*float64(bins)), bins-1)
		sumP[b] += v
		sumY[b] += y[i]
		count[b]++
		perSample += math.Abs(y[i]-v) / float64(len(p))
	}
	var unweighted float64
	nonEmpty := 0
	for b := range count {
		if count[b] > 0 {
			unweighted += math.Abs(sumY[b]-sumP[b]) / float64(count[b])
			nonEmpty++
		}
	}
	switch {
	case nonEmpty > 0 && expect.Close(got, unweighted/float64(nonEmpty), 1e-9):
		return "that is the plain mean of the bins' gaps; weigh each bin by its share of the samples, n_b/n."
	case expect.Close(got, unweighted/float64(bins), 1e-9):
		return "that averages the gaps over all B bins; weigh each bin by n_b/n instead (an empty bin weighs 0)."
	case expect.Close(got, perSample, 1e-9):
		return "that is the mean of |yᵢ − pᵢ| per sample; calibration compares averages within a bin, so first bin, then average, then take the gap."
	}
	return "bin b holds b/B ≤ p < (b+1)/B (p = 1 in the last bin); add (n_b/n)·|mean of y − mean of p| over the non-empty bins."
}

func TestECEHandWorked(t *testing.T) {
	// Five bins of width 0.2. Bin 0 holds 0.05, 0.15, 0.18 (mean 0.12667,
	// one 1 in three: gap 0.20667); bin 3 holds 0.65 (a 1: gap 0.35); bin 4
	// holds 0.9, 0.95, 0.97, 0.99 (mean 0.9525, three 1s in four: gap
	// 0.2025). ECE = 3/8·0.20667 + 1/8·0.35 + 4/8·0.2025 = 0.2225.
	p := []float64{0.05, 0.15, 0.18, 0.9, 0.95, 0.97, 0.99, 0.65}
	y := []float64{0, 1, 0, 1, 1, 0, 1, 1}
	pc, yc := expect.Copy(p), expect.Copy(y)
	got := ECE(pc, yc, 5)
	expect.Float(t, fmt.Sprintf("ECE(p=%s, y=%s, bins=5)", expect.Format(p), expect.Format(y)), got, 0.2225, 1e-9, eceHint(got, p, y, 5))
	expect.Floats(t, "p after ECE", pc, p, 0, "leave p alone.")
	expect.Floats(t, "y after ECE", yc, y, 0, "leave y alone.")

	// Calibrated in every bin: 0.25 four times with one 1; 0.75 four times
	// with three 1s.
	p = []float64{0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75}
	y = []float64{1, 0, 0, 0, 1, 1, 0, 1}
	expect.Float(t, "ECE(a calibrated model, bins=4)", ECE(p, y, 4), 0, 1e-12, eceHint(ECE(p, y, 4), p, y, 4))
	expect.Float(t, "ECE(nothing)", ECE(nil, nil, 10), 0, 0, "an empty input has ECE 0 (and must not divide by n = 0).")
}

func TestECEBinEdges(t *testing.T) {
	cases := []struct {
		p, y []float64
		bins int
		want float64
		why  string
	}{
		// p = 1 goes in the last bin (mean 1, half are 1s: gap 0.5, weight 2/3).
		{[]float64{1, 1, 0}, []float64{1, 0, 0}, 10, 1.0 / 3, "p = 1 belongs to the last bin, b = B − 1 (b/B ≤ p < (b+1)/B would put it one past the end)."},
		// p = 0.5 with two bins goes in the upper bin [0.5, 1].
		{[]float64{0.5, 0.5, 0.25}, []float64{1, 1, 0}, 2, 0.5*2/3 + 0.25/3, "0.5 is the left edge of bin 1: the bins are b/B ≤ p < (b+1)/B."},
		// One bin: the gap between the overall mean and the overall rate.
		{[]float64{0.9, 0.8, 0.1}, []float64{1, 0, 0}, 1, 0.6 - 1.0/3, "with one bin, ECE is |mean of y − mean of p| over all samples."},
	}
	for _, c := range cases {
		got := ECE(expect.Copy(c.p), expect.Copy(c.y), c.bins)
		expect.Float(t, fmt.Sprintf("ECE(p=%s, y=%s, bins=%d)", expect.Format(c.p), expect.Format(c.y), c.bins), got, c.want, 1e-9, c.why)
	}
}

// TestECEOnTheChaptersModel recomputes the chapter's calibration cell: 5000
// points x ~ N(0, 1) labelled 1 with probability σ(2x), scored by the
// overconfident model σ(8x). The chapter prints ECE = 0.1542.
func TestECEOnTheChaptersModel(t *testing.T) {
	sigmoid := func(z float64) float64 {
		if z >= 0 {
			return 1 / (1 + math.Exp(-z))
		}
		e := math.Exp(z)
		return e / (1 + e)
	}
	rng := rand.New(rand.NewPCG(21, 21))
	p, y := make([]float64, 5000), make([]float64, 5000)
	for i := range p {
		x := rng.NormFloat64()
		if rng.Float64() < sigmoid(2*x) {
			y[i] = 1
		}
		p[i] = sigmoid(8 * x)
	}
	got := ECE(p, y, 10)
	if math.Abs(got-0.1542) > 5e-5 {
		expect.Failf(t, "ECE(σ(8x) on the chapter's 5000 points, bins=10)\n  expected 0.1542 (the chapter's calibration cell)\n  got      %.4f\n  next: %s", got, eceHint(got, p, y, 10))
	}
}
