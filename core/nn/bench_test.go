package nn

import (
	"context"
	"math/rand/v2"
	"testing"

	"descent/core/loss"
	"descent/core/optim"
)

// kerasAdam is core/optim's Adam with Keras's defaults.
func kerasAdam(t testing.TB) Optimizer {
	t.Helper()
	o, err := optim.New("adam", map[string]float64{"lr": 0.001, "eps": 1e-7})
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// syntheticDocumentData is 100-feature data with a linear rule for labels.
func syntheticDocumentData(n int) (x, y [][]float64) {
	rng := rand.New(rand.NewPCG(7, 7))
	w := make([]float64, 100)
	for i := range w {
		w[i] = rng.NormFloat64()
	}
	for range n {
		row := make([]float64, 100)
		s := 0.0
		for i := range row {
			row[i] = rng.NormFloat64()
			s += row[i] * w[i]
		}
		label := 0.0
		if s > 0 {
			label = 1
		}
		x = append(x, row)
		y = append(y, []float64{label})
	}
	return x, y
}

// TestTrainStepAllocatesNothing: after the first batch sized the buffers,
// a training step (gather, forward, backward, Adam) makes no garbage.
func TestTrainStepAllocatesNothing(t *testing.T) {
	x, y := syntheticDocumentData(64)
	m := documentModel(t, 1)
	if err := m.Compile(kerasAdam(t), loss.BinaryCrossentropy(), BinaryAccuracy("accuracy")); err != nil {
		t.Fatal(err)
	}
	idx := allRows(32)
	m.prepare(32)
	step := func() {
		gather(m.xBuf, x, idx, 100)
		gather(m.yBuf, y, idx, 1)
		m.trainStep(32)
	}
	step() // warm-up: sizes the layer caches and the optimizer's moments
	if allocs := testing.AllocsPerRun(50, step); allocs != 0 {
		t.Errorf("a training step allocates %v times, want 0", allocs)
	}
}

// BenchmarkFitDocumentModel trains the document's 100→10→10→1 model with
// batch 32 and reports samples per second.
func BenchmarkFitDocumentModel(b *testing.B) {
	const rows = 1024
	x, y := syntheticDocumentData(rows)
	m := documentModel(b, 1)
	if err := m.Compile(kerasAdam(b), loss.BinaryCrossentropy(), BinaryAccuracy("accuracy")); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := m.Fit(context.Background(), x, y, FitConfig{Epochs: 1, BatchSize: 32, Shuffle: true}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(rows*b.N)/b.Elapsed().Seconds(), "samples/s")
}
