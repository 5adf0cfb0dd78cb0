package nn

import (
	"context"
	"math"
	"testing"

	"descent/core/loss"
)

// TestKerasReference replays the TensorFlow.js run of the document's model
// (testdata/keras-mlp) and checks every epoch and the final weights.
func TestKerasReference(t *testing.T) {
	x, y := readCSV(t, "testdata/keras-mlp/data.csv")
	var want struct {
		History     map[string][]float64 `json:"history"`
		Predictions []float64            `json:"predictions"`
	}
	readJSON(t, "testdata/keras-mlp/expected.json", &want)

	m := documentModel(t, 1)
	if err := m.LoadWeights("testdata/keras-mlp/init_weights.json"); err != nil {
		t.Fatal(err)
	}
	opt := &adamTFJS{lr: 0.001, b1: 0.9, b2: 0.999, eps: 1e-7}
	if err := m.Compile(opt, loss.BinaryCrossentropy(), BinaryAccuracy("accuracy")); err != nil {
		t.Fatal(err)
	}
	h, err := m.Fit(context.Background(), x, y, FitConfig{Epochs: 10, BatchSize: 32})
	if err != nil || h.Status != Completed {
		t.Fatalf("fit: %v, %v", err, h.Status)
	}
	for e := range 10 {
		if got, w := h.Values["loss"][e], want.History["loss"][e]; math.Abs(got-w) > 1e-4 {
			t.Errorf("epoch %d loss %.6f, TF.js %.6f", e+1, got, w)
		}
		if got, w := h.Values["accuracy"][e], want.History["accuracy"][e]; math.Abs(got-w)*float64(len(x)) > 1.5 {
			t.Errorf("epoch %d accuracy %.6f, TF.js %.6f", e+1, got, w)
		}
	}
	pred, err := m.Predict(x)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range pred {
		if math.Abs(p[0]-want.Predictions[i]) > 1e-3 {
			t.Fatalf("prediction %d: %.6f, TF.js %.6f", i, p[0], want.Predictions[i])
		}
	}
	final := documentModel(t, 2)
	if err := final.LoadWeights("testdata/keras-mlp/final_weights.json"); err != nil {
		t.Fatal(err)
	}
	worst := 0.0
	for i, w := range final.Params {
		worst = max(worst, math.Abs(m.Params[i]-w))
	}
	if worst > 1e-3 {
		t.Errorf("final weights differ from TF.js by up to %.2g", worst)
	}
	t.Logf("largest weight difference from TF.js: %.2g", worst)
}
