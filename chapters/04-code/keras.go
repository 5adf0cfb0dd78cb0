package code

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"

	"descent/chapters/book"
	"descent/core/data"
	"descent/core/loss"
	"descent/core/nn"
	"descent/core/optim"
)

// The TensorFlow.js replay of the document's model (keras-mlp/README.md).
var (
	//go:embed keras-mlp/data.csv
	kerasData []byte
	//go:embed keras-mlp/init_weights.json
	kerasInit []byte
	//go:embed keras-mlp/expected.json
	kerasExpected []byte
)

// reference is what TensorFlow.js reported, epoch by epoch.
type reference struct {
	History struct {
		Loss     []float64 `json:"loss"`
		Accuracy []float64 `json:"accuracy"`
	} `json:"history"`
	Predictions []float64 `json:"predictions"`
}

func loadReference() (*data.Dataset, reference, error) {
	var ref reference
	ds, err := data.ReadCSV(bytes.NewReader(kerasData), "keras-mlp/data.csv", "y")
	if err != nil {
		return nil, ref, err
	}
	err = json.Unmarshal(kerasExpected, &ref)
	return ds, ref, err
}

// kerasModel is the document's Keras code, line for line:
//
//	model = models.Sequential()
//	model.add(layers.Dense(10, activation='relu', input_shape=(100,)))
//	model.add(layers.Dense(10, activation='relu'))
//	model.add(layers.Dense(1, activation='sigmoid'))
//	model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
//
// 'adam' in Keras means lr 0.001, β₁ 0.9, β₂ 0.999 and ε 1e-7 (not
// PyTorch's 1e-8, core/optim's default), so ε is set here.
func kerasModel(optimizer string, lr float64) (*nn.Sequential, error) {
	model, err := nn.NewSequential(100, 0,
		nn.Dense(10, nn.ReLU()),
		nn.Dense(10, nn.ReLU()),
		nn.Dense(1, nn.Sigmoid()))
	if err != nil {
		return nil, err
	}
	// Start from TensorFlow.js's initial weights, so both runs are the same
	// computation and only rounding can tell them apart.
	if err := model.ReadWeights(bytes.NewReader(kerasInit), "keras-mlp/init_weights.json"); err != nil {
		return nil, err
	}
	settings := map[string]float64{"lr": lr}
	if optimizer == "adam" {
		settings["eps"] = 1e-7
	}
	opt, err := optim.New(optimizer, settings)
	if err != nil {
		return nil, err
	}
	return model, model.Compile(opt, loss.BinaryCrossentropy(), nn.BinaryAccuracy("accuracy"))
}

// runKeras trains the model as model.fit(x_train, y_train, epochs=10,
// batch_size=32) would (without shuffling, like the reference run), drawing
// the loss live, and compares each epoch with TensorFlow.js.
func runKeras(ctx context.Context, in book.Inputs, out book.Output) error {
	ds, ref, err := loadReference()
	if err != nil {
		return err
	}
	model, err := kerasModel(in.Choice("optimizer"), in.Float("lr"))
	if err != nil {
		return err
	}
	var batchLoss []float64
	history, err := model.Fit(ctx, ds.X, ds.Y, nn.FitConfig{
		Epochs: in.Int("epochs"), BatchSize: in.Int("batch"),
		OnEvent: func(e nn.Event) {
			if e.Kind == nn.BatchEnd {
				batchLoss = append(batchLoss, e.BatchLoss)
				book.FrameCurves(out, []book.Series{{Name: "batch loss", Values: batchLoss}},
					book.CurveOptions{Height: 10, Caption: fmt.Sprintf("epoch %d/%d, batch %d/%d", e.Epoch, e.Epochs, e.Batch, e.Batches)})
			}
		},
	})
	if err != nil {
		return err
	}
	if history.Status != nn.Completed {
		out.Printf("training %s: %s\n", history.Status, history.Detail)
	}
	sameAsReference := in.Choice("optimizer") == "adam" && in.Float("lr") == 0.001 && in.Int("batch") == 32
	var rows [][]string
	worstLoss := 0.0
	for e := range history.Epochs {
		goLoss, goAcc := history.Values["loss"][e], history.Values["accuracy"][e]
		row := []string{fmt.Sprint(e + 1), fmt.Sprintf("%.6f", goLoss), fmt.Sprintf("%.4f", goAcc)}
		if sameAsReference && e < len(ref.History.Loss) {
			gap := math.Abs(goLoss - ref.History.Loss[e])
			worstLoss = math.Max(worstLoss, gap)
			row = append(row, fmt.Sprintf("%.6f", ref.History.Loss[e]), fmt.Sprintf("%.1e", gap), fmt.Sprintf("%.4f", ref.History.Accuracy[e]))
		}
		rows = append(rows, row)
	}
	header := []string{"epoch", "loss (Go)", "accuracy (Go)"}
	if sameAsReference {
		header = append(header, "loss (TF.js)", "|difference|", "accuracy (TF.js)")
	}
	out.Printf("%s", book.Table(header, rows))
	if sameAsReference {
		out.Printf("largest loss difference from TensorFlow.js over %d epochs: %.1e\n", min(history.Epochs, len(ref.History.Loss)), worstLoss)
	} else {
		out.Printf("(TensorFlow.js's numbers are for adam, lr 0.001, batch 32: the comparison is shown only for those)\n")
	}
	return nil
}

// runPredictions compares the trained model's 256 predictions with
// TensorFlow.js's, after the document's 10 epochs.
func runPredictions(ctx context.Context, in book.Inputs, out book.Output) error {
	ds, ref, err := loadReference()
	if err != nil {
		return err
	}
	model, err := kerasModel("adam", 0.001)
	if err != nil {
		return err
	}
	if _, err := model.Fit(ctx, ds.X, ds.Y, nn.FitConfig{Epochs: 10, BatchSize: 32}); err != nil {
		return err
	}
	pred, err := model.Predict(ds.X)
	if err != nil {
		return err
	}
	worst, sameSide := 0.0, 0
	for i, p := range pred {
		worst = math.Max(worst, math.Abs(p[0]-ref.Predictions[i]))
		if (p[0] > 0.5) == (ref.Predictions[i] > 0.5) {
			sameSide++
		}
	}
	out.Printf("largest |p_Go − p_TF.js| over %d predictions: %.1e\n", len(pred), worst)
	out.Printf("same side of 0.5 (the same class): %d of %d\n", sameSide, len(pred))
	show := in.Int("show")
	var rows [][]string
	for i := range min(show, len(pred)) {
		rows = append(rows, []string{fmt.Sprint(i), fmt.Sprint(ds.Y[i][0]), fmt.Sprintf("%.6f", pred[i][0]), fmt.Sprintf("%.6f", ref.Predictions[i])})
	}
	out.Printf("%s", book.Table([]string{"row", "label", "p (Go)", "p (TF.js)"}, rows))
	return nil
}

// runSeeds trains the same architecture from Go's own Glorot-uniform
// initialization, seed by seed, on the same data: how much of the
// reference's numbers is the luck of its starting weights.
func runSeeds(ctx context.Context, in book.Inputs, out book.Output) error {
	const maxCurves = 6 // more lines than colours make a chart unreadable
	ds, _, err := loadReference()
	if err != nil {
		return err
	}
	var rows [][]string
	var curves []book.Series
	for seed := range uint64(in.Int("seeds")) {
		out.Progress("seed %d/%d", seed+1, in.Int("seeds"))
		model, err := nn.NewSequential(100, seed, nn.Dense(10, nn.ReLU()), nn.Dense(10, nn.ReLU()), nn.Dense(1, nn.Sigmoid()))
		if err != nil {
			return err
		}
		opt, _ := optim.New("adam", map[string]float64{"lr": 0.001, "eps": 1e-7})
		if err := model.Compile(opt, loss.BinaryCrossentropy(), nn.BinaryAccuracy("accuracy")); err != nil {
			return err
		}
		h, err := model.Fit(ctx, ds.X, ds.Y, nn.FitConfig{Epochs: in.Int("epochs"), BatchSize: 32})
		if err != nil {
			return err
		}
		last := h.Epochs - 1
		rows = append(rows, []string{fmt.Sprint(seed), fmt.Sprintf("%.4f", h.Values["loss"][0]),
			fmt.Sprintf("%.4f", h.Values["loss"][last]), fmt.Sprintf("%.1f%%", 100*h.Values["accuracy"][last])})
		if seed < maxCurves {
			curves = append(curves, book.Series{Name: fmt.Sprintf("seed %d", seed), Values: h.Values["loss"]})
		}
	}
	out.Printf("%s", book.Table([]string{"seed", "loss, epoch 1", fmt.Sprintf("loss, epoch %d", in.Int("epochs")), "accuracy"}, rows))
	caption := fmt.Sprintf("epoch loss from each of the %d starting points", len(rows))
	if len(rows) > maxCurves {
		caption = fmt.Sprintf("epoch loss from the first %d of the %d starting points", maxCurves, len(rows))
	}
	book.PrintCurves(out, curves, book.CurveOptions{Height: 10, Caption: caption})
	return nil
}
