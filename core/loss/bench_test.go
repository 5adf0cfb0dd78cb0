package loss

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// Benchmarks of the per-sample hot path for the two losses a classifier
// uses most, at a binary-output width (1), a small softmax (10) and a
// large one (1000).
func BenchmarkLosses(b *testing.B) {
	r := rand.New(rand.NewPCG(9, 10))
	losses := []testLoss{}
	for _, tl := range testLosses() {
		switch fmt.Sprint(tl.l) {
		case "binary_crossentropy", "binary_crossentropy(from_logits=1)",
			"categorical_crossentropy", "categorical_crossentropy(from_logits=1)":
			losses = append(losses, tl)
		}
	}
	for _, tl := range losses {
		for _, n := range []int{1, 10, 1000} {
			yTrue, yPred := tl.smooth(r, n)
			grad := make([]float64, n)
			name := fmt.Sprintf("%v/n=%d", tl.l, n)
			b.Run(name+"/Sample", func(b *testing.B) {
				for b.Loop() {
					tl.l.Sample(yTrue, yPred)
				}
			})
			b.Run(name+"/SampleGrad", func(b *testing.B) {
				for b.Loop() {
					tl.l.SampleGrad(yTrue, yPred, grad)
				}
			})
		}
	}
}
