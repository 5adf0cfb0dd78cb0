package nn

import (
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"descent/core/loss"
)

// ascent climbs the gradient, so the loss gets worse every step.
type ascent struct{ lr float64 }

func (ascent) Name() string { return "ascent" }
func (a ascent) Step(params, grad []float64) {
	for i, g := range grad {
		params[i] += a.lr * g
	}
}

func smallModel(t *testing.T, opt Optimizer) *Sequential {
	t.Helper()
	m, err := NewSequential(100, 5, Dense(4, ReLU()), Dense(1, Sigmoid()))
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Compile(opt, loss.BinaryCrossentropy(), BinaryAccuracy("accuracy")); err != nil {
		t.Fatal(err)
	}
	return m
}

// The epoch loss weights each batch by its size, so with frozen weights it
// is exactly the mean over all rows, the short last batch included.
func TestEpochLossWeightsLastPartialBatch(t *testing.T) {
	x, y := syntheticDocumentData(5)
	m := smallModel(t, noStep{})
	var batchSizes []int
	prev := 0
	h, err := m.Fit(context.Background(), x, y, FitConfig{Epochs: 1, BatchSize: 2, OnEvent: func(e Event) {
		if e.Kind == BatchEnd {
			batchSizes = append(batchSizes, e.Seen-prev)
			prev = e.Seen
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(batchSizes, []int{2, 2, 1}) {
		t.Errorf("batch sizes %v, want [2 2 1]", batchSizes)
	}
	all, _ := m.Evaluate(x, y)
	if got := h.Values["loss"][0]; math.Abs(got-all["loss"]) > 1e-12 {
		t.Errorf("epoch loss %.12f, mean over rows %.12f", got, all["loss"])
	}
	if got := h.Values["accuracy"][0]; math.Abs(got-all["accuracy"]) > 1e-12 {
		t.Errorf("epoch accuracy %v, over rows %v", got, all["accuracy"])
	}
}

// Keras holds out the last rows, before shuffling.
func TestValidationSplitTakesLastRows(t *testing.T) {
	x, y := syntheticDocumentData(10)
	m := smallModel(t, noStep{})
	samples := 0
	h, err := m.Fit(context.Background(), x, y, FitConfig{Epochs: 2, BatchSize: 4, Shuffle: true, ValidationSplit: 0.3,
		OnEvent: func(e Event) { samples = e.Samples }})
	if err != nil {
		t.Fatal(err)
	}
	if samples != 7 {
		t.Errorf("trained on %d rows, want 7 of 10", samples)
	}
	wantNames := []string{"loss", "accuracy", "val_loss", "val_accuracy"}
	if !slices.Equal(h.Names, wantNames) {
		t.Errorf("history names %v, want %v", h.Names, wantNames)
	}
	val, _ := m.Evaluate(x[7:], y[7:])
	train, _ := m.Evaluate(x[:7], y[:7])
	if got := h.Values["val_loss"][1]; math.Abs(got-val["loss"]) > 1e-12 {
		t.Errorf("val_loss %.12f, loss on the last 3 rows %.12f", got, val["loss"])
	}
	if got := h.Values["loss"][1]; math.Abs(got-train["loss"]) > 1e-12 {
		t.Errorf("loss %.12f, loss on the first 7 rows %.12f", got, train["loss"])
	}
}

func TestShuffleIsSeeded(t *testing.T) {
	x, y := syntheticDocumentData(50)
	run := func(shuffle bool, seed uint64) []float64 {
		m := smallModel(t, &adamTFJS{lr: 0.01, b1: 0.9, b2: 0.999, eps: 1e-7})
		if _, err := m.Fit(context.Background(), x, y, FitConfig{Epochs: 2, BatchSize: 8, Shuffle: shuffle, Seed: seed}); err != nil {
			t.Fatal(err)
		}
		return m.Params
	}
	if !slices.Equal(run(true, 1), run(true, 1)) {
		t.Error("the same seed gave different weights")
	}
	if slices.Equal(run(true, 1), run(true, 2)) {
		t.Error("different seeds gave the same weights")
	}
	if slices.Equal(run(true, 1), run(false, 1)) {
		t.Error("shuffling changed nothing")
	}
}

func TestEarlyStopping(t *testing.T) {
	x, y := syntheticDocumentData(20)
	t.Run("patience", func(t *testing.T) {
		m := smallModel(t, noStep{}) // the loss never improves after epoch 1
		h, err := m.Fit(context.Background(), x, y, FitConfig{Epochs: 10, BatchSize: 8,
			EarlyStopping: &EarlyStopping{Monitor: "loss", Patience: 2}})
		if err != nil {
			t.Fatal(err)
		}
		if h.Status != EarlyStopped || h.Epochs != 3 || h.BestEpoch != 1 {
			t.Errorf("status %v after %d epochs, best %d; want stopped early after 3, best 1", h.Status, h.Epochs, h.BestEpoch)
		}
	})
	t.Run("restore best weights", func(t *testing.T) {
		m := smallModel(t, ascent{0.05}) // gets worse every epoch
		h, err := m.Fit(context.Background(), x, y, FitConfig{Epochs: 10, BatchSize: 8,
			EarlyStopping: &EarlyStopping{Monitor: "loss", Patience: 1, RestoreBestWeights: true}})
		if err != nil {
			t.Fatal(err)
		}
		once := smallModel(t, ascent{0.05})
		once.Fit(context.Background(), x, y, FitConfig{Epochs: 1, BatchSize: 8})
		if h.Status != EarlyStopped || h.BestEpoch != 1 || !slices.Equal(m.Params, once.Params) {
			t.Errorf("status %v, best epoch %d; weights restored: %v", h.Status, h.BestEpoch, slices.Equal(m.Params, once.Params))
		}
	})
	t.Run("accuracy is maximized", func(t *testing.T) {
		s, err := newStopper(&EarlyStopping{Monitor: "val_accuracy", Patience: 1}, []string{"loss", "val_accuracy"})
		if err != nil {
			t.Fatal(err)
		}
		if s.stop(nil, 1, []float64{0, 0.5}) || s.stop(nil, 2, []float64{0, 0.6}) || !s.stop(nil, 3, []float64{0, 0.55}) {
			t.Error("higher accuracy should count as improvement")
		}
	})
	t.Run("min delta", func(t *testing.T) {
		s, _ := newStopper(&EarlyStopping{Monitor: "loss", Patience: 1, MinDelta: 0.1}, []string{"loss"})
		if s.stop(nil, 1, []float64{1}) || !s.stop(nil, 2, []float64{0.95}) {
			t.Error("an improvement smaller than min delta should not count")
		}
	})
}

// A loss that explodes ends the run with Diverged: no error, no NaN in the
// history, no panic.
func TestDivergenceIsAStatus(t *testing.T) {
	x := [][]float64{{1, 2}, {2, 1}, {3, 3}, {-1, 2}}
	y := [][]float64{{1}, {2}, {3}, {4}}
	m, _ := NewSequential(2, 1, Dense(1, Linear()))
	m.Compile(sgd{lr: 10}, loss.MSE(), MeanAbsoluteError("mae"))
	h, err := m.Fit(context.Background(), x, y, FitConfig{Epochs: 1000, BatchSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if h.Status != Diverged || !strings.Contains(h.Detail, "loss became") {
		t.Fatalf("status %v (%s), want diverged", h.Status, h.Detail)
	}
	for _, name := range h.Names {
		for _, v := range h.Values[name] {
			if !isFinite(v) {
				t.Errorf("history %s holds %v", name, v)
			}
		}
	}
	m.Params[0] = math.NaN()
	if err := m.SaveWeights(t.TempDir() + "/w.json"); err == nil {
		t.Error("saving non-finite weights should fail")
	}
}

func TestCancel(t *testing.T) {
	x, y := syntheticDocumentData(100)
	m := smallModel(t, noStep{})
	ctx, cancel := context.WithCancel(context.Background())
	batches := 0
	h, err := m.Fit(ctx, x, y, FitConfig{Epochs: 5, BatchSize: 10, OnEvent: func(e Event) {
		if e.Kind == BatchEnd {
			batches++
			if batches == 3 {
				cancel()
			}
		}
	}})
	if !errors.Is(err, context.Canceled) || h.Status != Canceled || batches != 3 {
		t.Errorf("err %v, status %v after %d batches; want canceled after 3", err, h.Status, batches)
	}
}

func TestFitRejectsBadInput(t *testing.T) {
	x, y := syntheticDocumentData(10)
	m := smallModel(t, noStep{})
	uncompiled, _ := NewSequential(100, 1, Dense(1, Sigmoid()))
	cases := []struct {
		name string
		m    *Sequential
		x, y [][]float64
		cfg  FitConfig
		want string
	}{
		{"not compiled", uncompiled, x, y, FitConfig{Epochs: 1}, "compile the model first"},
		{"no rows", m, nil, nil, FitConfig{Epochs: 1}, "no data rows"},
		{"row counts", m, x, y[:9], FitConfig{Epochs: 1}, "10 input rows but 9 target rows"},
		{"input width", m, [][]float64{{1, 2}}, [][]float64{{1}}, FitConfig{Epochs: 1}, "input row 1 has 2 values, the model expects 100"},
		{"target width", m, x[:1], [][]float64{{1, 0}}, FitConfig{Epochs: 1}, "target row 1 has 2 values"},
		{"epochs", m, x, y, FitConfig{Epochs: 0}, "epochs must be at least 1"},
		{"batch size", m, x, y, FitConfig{Epochs: 1, BatchSize: -3}, "batch size must be at least 1"},
		{"split 1", m, x, y, FitConfig{Epochs: 1, ValidationSplit: 1}, "validation split must be in [0, 1)"},
		{"split NaN", m, x, y, FitConfig{Epochs: 1, ValidationSplit: math.NaN()}, "validation split must be in [0, 1)"},
		{"split leaves none", m, x, y, FitConfig{Epochs: 1, ValidationSplit: 0.99}, "both need at least 1"},
		{"monitor", m, x, y, FitConfig{Epochs: 1, EarlyStopping: &EarlyStopping{}}, `cannot monitor "val_loss" (valid: loss, accuracy)`},
		{"patience", m, x, y, FitConfig{Epochs: 1, EarlyStopping: &EarlyStopping{Monitor: "loss", Patience: -1}}, "patience must be at least 0"},
	}
	for _, c := range cases {
		_, err := c.m.Fit(context.Background(), c.x, c.y, c.cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}

func TestNewSequentialRejectsBadShapes(t *testing.T) {
	if _, err := NewSequential(0, 1, Dense(1, ReLU())); err == nil {
		t.Error("0 inputs accepted")
	}
	if _, err := NewSequential(3, 1); err == nil {
		t.Error("no layers accepted")
	}
	if _, err := NewSequential(3, 1, Dense(0, ReLU())); err == nil || !strings.Contains(err.Error(), "layer 1: units must be at least 1") {
		t.Errorf("0 units: %v", err)
	}
	bad := Dense(2, ReLU())
	bad.KernelInit = "orthogonal"
	if _, err := NewSequential(3, 1, bad); err == nil || !strings.Contains(err.Error(), "glorot_uniform") {
		t.Errorf("unknown initializer: %v", err)
	}
}

func TestInitializersAreSeededAndScaled(t *testing.T) {
	for _, in := range initializerNames {
		build := func(seed uint64) []float64 {
			d := Dense(200, ReLU())
			d.KernelInit = in
			m, err := NewSequential(300, seed, d)
			if err != nil {
				t.Fatal(err)
			}
			return m.Layers()[0].Kernel
		}
		a, b := build(1), build(1)
		if !slices.Equal(a, b) {
			t.Errorf("%s: same seed, different weights", in)
		}
		variance := 0.0
		for _, v := range a {
			variance += v * v
		}
		variance /= float64(len(a))
		want := map[Initializer]float64{GlorotUniform: 2.0 / 500, GlorotNormal: 2.0 / 500, HeUniform: 2.0 / 300, HeNormal: 2.0 / 300, Zeros: 0}[in]
		if math.Abs(variance-want) > 0.05*want+1e-12 {
			t.Errorf("%s: variance %.5g, want %.5g", in, variance, want)
		}
	}
}

func TestNames(t *testing.T) {
	if _, err := ActivationByName("swish"); err == nil || !strings.Contains(err.Error(), "leaky_relu") {
		t.Errorf("unknown activation: %v", err)
	}
	if _, err := MetricByName("f1", "binary_crossentropy"); err == nil || !strings.Contains(err.Error(), "binary_accuracy") {
		t.Errorf("unknown metric: %v", err)
	}
	if m, _ := MetricByName("accuracy", "categorical_crossentropy"); m.Sample([]float64{0, 1, 0}, []float64{0.2, 0.5, 0.3}) != 1 {
		t.Error("accuracy with categorical cross-entropy should be categorical")
	}
	if m, _ := MetricByName("accuracy", "binary_crossentropy"); m.Sample([]float64{1}, []float64{0.5}) != 0 {
		t.Error("binary accuracy counts p > 0.5 only")
	}
}

func TestHistoryJSON(t *testing.T) {
	h := &History{Names: []string{"loss", "accuracy", "val_loss"}, Values: map[string][]float64{
		"loss": {0.5, 0.25}, "accuracy": {0.5, 0.75}, "val_loss": {1, 0.5}}}
	var b strings.Builder
	if err := h.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	want := "{\n \"loss\": [0.5,0.25],\n \"accuracy\": [0.5,0.75],\n \"val_loss\": [1,0.5]\n}\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestSparseTargets(t *testing.T) {
	x := [][]float64{{1, 0}, {0, 1}, {-1, 0}, {0, -1}, {2, 0}, {0, 2}}
	y := [][]float64{{0}, {1}, {2}, {0}, {0}, {1}}
	m, _ := NewSequential(2, 1, Dense(3, Softmax()))
	if err := m.Compile(sgd{0.5}, loss.SparseCategoricalCrossentropy(), BinaryAccuracy("binary_accuracy")); err == nil ||
		!strings.Contains(err.Error(), "takes class numbers") {
		t.Errorf("binary accuracy with sparse labels: %v", err)
	}
	acc, _ := MetricByName("accuracy", "sparse_categorical_crossentropy")
	if err := m.Compile(sgd{0.5}, loss.SparseCategoricalCrossentropy(), acc); err != nil {
		t.Fatal(err)
	}
	h, err := m.Fit(context.Background(), x, y, FitConfig{Epochs: 50, BatchSize: 3})
	if err != nil || h.Status != Completed {
		t.Fatalf("%v %v", err, h.Status)
	}
	if last := h.Values["loss"][49]; !(last < h.Values["loss"][0]) {
		t.Errorf("loss %v → %v", h.Values["loss"][0], last)
	}
	if _, err := m.Fit(context.Background(), x, [][]float64{{1, 0, 0}}, FitConfig{Epochs: 1}); err == nil {
		t.Error("one-hot rows accepted for a sparse loss")
	}
	other, _ := NewSequential(2, 1, Dense(3, Softmax()))
	if err := other.Compile(sgd{0.5}, loss.CategoricalCrossentropy(), SparseCategoricalAccuracy("acc")); err == nil {
		t.Error("sparse accuracy with one-hot targets accepted")
	}
}
