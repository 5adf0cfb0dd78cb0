package loss

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
)

// TestGradientMatchesCentralDifference checks every loss's SampleGrad
// against a central difference of its Sample, at seeded random points away
// from kinks and clip boundaries, for row lengths 1, 3 and 7.
func TestGradientMatchesCentralDifference(t *testing.T) {
	r := rand.New(rand.NewPCG(2017, 7))
	for _, tl := range testLosses() {
		t.Run(fmt.Sprint(tl.l), func(t *testing.T) {
			for _, n := range []int{1, 3, 7} {
				if tl.sparse && n == 1 {
					continue // one class: nothing to learn, always 0
				}
				for trial := range 8 {
					yTrue, yPred := tl.smooth(r, n)
					got := make([]float64, n)
					tl.l.SampleGrad(yTrue, yPred, got)
					want := fd.Gradient(nil, func(p []float64) float64 {
						return tl.l.Sample(yTrue, p)
					}, yPred, &fd.Settings{Formula: fd.Central, Step: 1e-6})
					for i := range got {
						if math.Abs(got[i]-want[i]) > 1e-5*(1+math.Abs(want[i])) {
							t.Errorf("n=%d trial %d: ∂/∂p[%d] = %.10g, central difference %.10g (yTrue %v, yPred %v)",
								n, trial, i, got[i], want[i], yTrue, yPred)
						}
					}
				}
			}
		})
	}
}

// TestGradOfMeanIsPerSampleOverBatch checks the batch reduction against a
// central difference of Mean over the whole batch.
func TestGradOfMeanIsPerSampleOverBatch(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tl := range testLosses() {
		const rows, n = 4, 3
		yTrue := make([][]float64, rows)
		yPred := make([][]float64, rows)
		grad := make([][]float64, rows)
		for b := range rows {
			yTrue[b], yPred[b] = tl.smooth(r, n)
			grad[b] = make([]float64, n)
		}
		GradOfMean(tl.l, yTrue, yPred, grad)
		for b := range rows {
			want := fd.Gradient(nil, func(p []float64) float64 {
				saved := yPred[b]
				yPred[b] = p
				defer func() { yPred[b] = saved }()
				return Mean(tl.l, yTrue, yPred)
			}, yPred[b], &fd.Settings{Formula: fd.Central, Step: 1e-6})
			for i := range want {
				if math.Abs(grad[b][i]-want[i]) > 1e-5*(1+math.Abs(want[i])) {
					t.Errorf("%v: GradOfMean[%d][%d] = %.10g, central difference %.10g", tl.l, b, i, grad[b][i], want[i])
				}
			}
		}
	}
}
