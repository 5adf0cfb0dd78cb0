package loss

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestNoAllocations: a network calls these in its innermost loop, so none of
// them may allocate.
func TestNoAllocations(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, tl := range testLosses() {
		const rows, n = 4, 5
		yTrue := make([][]float64, rows)
		yPred := make([][]float64, rows)
		grad := make([][]float64, rows)
		for b := range rows {
			yTrue[b], yPred[b] = tl.smooth(r, n)
			grad[b] = make([]float64, n)
		}
		out := make([]float64, rows)
		calls := map[string]func(){
			"Sample":     func() { tl.l.Sample(yTrue[0], yPred[0]) },
			"SampleGrad": func() { tl.l.SampleGrad(yTrue[0], yPred[0], grad[0]) },
			"PerSample":  func() { PerSample(tl.l, yTrue, yPred, out) },
			"Mean":       func() { Mean(tl.l, yTrue, yPred) },
			"GradOfMean": func() { GradOfMean(tl.l, yTrue, yPred, grad) },
		}
		for name, call := range calls {
			if allocs := testing.AllocsPerRun(50, call); allocs != 0 {
				t.Errorf("%s of %v: %v allocations per call, want 0", name, fmt.Sprint(tl.l), allocs)
			}
		}
	}
}
