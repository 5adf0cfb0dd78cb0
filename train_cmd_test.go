package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"descent/core/nn"
)

// trainRef is testdata/keras-mlp/expected.json, written by TensorFlow.js.
type trainRef struct {
	History     map[string][]float64 `json:"history"`
	Predictions []float64            `json:"predictions"`
}

func readJSONFile(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// loadDocumentModel builds the 100→10→10→1 network with weights from path.
func loadDocumentModel(t *testing.T, path string) *nn.Sequential {
	t.Helper()
	m, err := nn.NewSequential(100, 1, nn.Dense(10, nn.ReLU()), nn.Dense(10, nn.ReLU()), nn.Dense(1, nn.Sigmoid()))
	if err != nil {
		t.Fatal(err)
	}
	if err := m.LoadWeights(path); err != nil {
		t.Fatal(err)
	}
	return m
}

// The acceptance command reproduces TensorFlow.js's run of the
// second document's model.
func TestTrainMatchesTensorFlowJS(t *testing.T) {
	dir := t.TempDir()
	out, hist := filepath.Join(dir, "out.json"), filepath.Join(dir, "h.json")
	ref := "testdata/keras-mlp/"
	stdout, stderr, code := runInProcess("train", "--data", ref+"data.csv", "--layers", "10:relu,10:relu,1:sigmoid",
		"--loss", "binary_crossentropy", "--opt", "adam", "--lr", "0.001", "--eps", "1e-7", "--epochs", "10",
		"--batch-size", "32", "--shuffle=false", "--init-weights", ref+"init_weights.json",
		"--save-weights", out, "--history", hist)
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "Epoch 3/10 - loss: 0.6535 - accuracy: 0.5977\n") {
		t.Errorf("epoch 3 line missing from:\n%s", stdout)
	}
	var want trainRef
	readJSONFile(t, ref+"expected.json", &want)
	var got map[string][]float64
	readJSONFile(t, hist, &got)
	if len(got) != 2 || len(got["loss"]) != 10 || len(got["accuracy"]) != 10 {
		t.Fatalf("history %v, want 10 losses and 10 accuracies", got)
	}
	for e := range 10 {
		if d := math.Abs(got["loss"][e] - want.History["loss"][e]); d > 1e-4 {
			t.Errorf("epoch %d loss %.6f, TensorFlow.js %.6f", e+1, got["loss"][e], want.History["loss"][e])
		}
		if d := math.Abs(got["accuracy"][e]-want.History["accuracy"][e]) * 256; d > 1 {
			t.Errorf("epoch %d accuracy %.6f, TensorFlow.js %.6f", e+1, got["accuracy"][e], want.History["accuracy"][e])
		}
	}
	trained := loadDocumentModel(t, out)
	reference := loadDocumentModel(t, ref+"final_weights.json")
	for i, w := range reference.Params {
		if d := math.Abs(trained.Params[i] - w); d > 1e-3 {
			t.Fatalf("weight %d: %.6f, TensorFlow.js %.6f", i, trained.Params[i], w)
		}
	}
	x := readDocumentRows(t, ref+"data.csv")
	pred, err := trained.Predict(x)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range pred {
		if d := math.Abs(p[0] - want.Predictions[i]); d > 1e-3 {
			t.Fatalf("prediction %d: %.6f, TensorFlow.js %.6f", i, p[0], want.Predictions[i])
		}
	}
}

// readDocumentRows reads the inputs of the reference CSV (all but the last column).
func readDocumentRows(t *testing.T, path string) [][]float64 {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]float64
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n")[1:] {
		cells := strings.Split(line, ",")
		row := make([]float64, len(cells)-1)
		for i := range row {
			row[i], err = parseFinite(cells[i])
			if err != nil {
				t.Fatal(err)
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// With no arguments: the document's model, its settings, a built-in dataset.
func TestTrainNoArguments(t *testing.T) {
	stdout, stderr, code := runInProcess("train")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 11 || lines[0] != "Train on 1000 samples" || !strings.HasPrefix(lines[10], "Epoch 10/10 - loss: ") {
		t.Fatalf("output:\n%s", stdout)
	}
	if strings.ContainsAny(stdout, "\r\x1b") {
		t.Error("progress bar drawn into a non-terminal")
	}
	// It learns: the last epoch's loss is below the first's.
	first, last := epochLoss(t, lines[1]), epochLoss(t, lines[10])
	if !(last < first) {
		t.Errorf("loss went from %g to %g", first, last)
	}
	again, _, _ := runInProcess("train")
	if again != stdout {
		t.Error("two runs with the default seed differ")
	}
}

func epochLoss(t *testing.T, line string) float64 {
	t.Helper()
	_, rest, _ := strings.Cut(line, "loss: ")
	v, err := parseFinite(strings.Fields(rest)[0])
	if err != nil {
		t.Fatalf("line %q: %v", line, err)
	}
	return v
}

func TestTrainValidationAndEarlyStopping(t *testing.T) {
	hist := filepath.Join(t.TempDir(), "h.json")
	stdout, stderr, code := runInProcess("train", "--dataset", "moons", "--rows", "203", "--layers", "8:tanh,1:sigmoid",
		"--lr", "0.05", "--epochs", "200", "--batch-size", "16", "--validation-split", "0.2",
		"--patience", "3", "--restore-best", "--history", hist)
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.HasPrefix(stdout, "Train on 162 samples, validate on 41 samples\n") ||
		!strings.Contains(stdout, "Epoch 1/200 - loss: ") || !strings.Contains(stdout, " - val_loss: ") ||
		!strings.Contains(stdout, " - val_accuracy: ") || !strings.Contains(stdout, ": early stopping (val_loss did not improve for 3 epochs") {
		t.Errorf("output:\n%s", stdout)
	}
	var got map[string][]float64
	readJSONFile(t, hist, &got)
	for _, k := range []string{"loss", "accuracy", "val_loss", "val_accuracy"} {
		if n := len(got[k]); n == 0 || n != len(got["loss"]) || n == 200 {
			t.Errorf("history %s has %d entries (loss has %d)", k, n, len(got["loss"]))
		}
	}
}

// A run that diverges says so, exits 3, saves no weights but keeps the
// history of the epochs before.
func TestTrainDiverges(t *testing.T) {
	dir := t.TempDir()
	weights, hist := filepath.Join(dir, "w.json"), filepath.Join(dir, "h.json")
	stdout, stderr, code := runInProcess("train", "--dataset", "linear", "--layers", "1:linear", "--loss", "mse",
		"--opt", "sgd", "--lr", "5", "--epochs", "50", "--save-weights", weights, "--history", hist)
	if code != 3 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "Stopped: diverged (the loss passed 1e+12 × its start at epoch 2") || strings.Contains(strings.ToLower(stdout), "nan") ||
		strings.Contains(stdout, "Inf") {
		t.Errorf("output:\n%s", stdout)
	}
	if _, err := os.Stat(weights); err == nil {
		t.Error("weights of a diverged run were saved")
	}
	if _, err := os.Stat(hist); err != nil {
		t.Errorf("history not written: %v", err)
	}
}

func TestTrainCategorical(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "three.csv")
	var b strings.Builder
	b.WriteString("a,b,class\n")
	for i := range 60 {
		k := i % 3
		b.WriteString(strings.Join([]string{
			formatG(float64(k) + 0.1*float64(i%7)), formatG(float64(-k) + 0.05*float64(i%5)), formatG(float64(k))}, ",") + "\n")
	}
	os.WriteFile(csvPath, []byte(b.String()), 0o644)
	stdout, stderr, code := runInProcess("train", "--data", csvPath, "--target", "class", "--layers", "8:relu,3:softmax",
		"--loss", "categorical_crossentropy", "--lr", "0.05", "--epochs", "30", "--batch-size", "8")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "Epoch 30/30 - loss: ") || !strings.Contains(stdout, "accuracy: 1.0000") {
		t.Errorf("three separable classes not learned:\n%s", stdout)
	}
	sparse, stderr, code := runInProcess("train", "--data", csvPath, "--target", "class", "--layers", "8:relu,3:softmax",
		"--loss", "sparse_categorical_crossentropy", "--lr", "0.05", "--epochs", "30", "--batch-size", "8")
	if code != 0 || stderr != "" {
		t.Fatalf("sparse: exit %d, stderr %q", code, stderr)
	}
	if sparse != stdout {
		t.Errorf("sparse labels train differently from one-hot ones:\n%s\n%s", sparse, stdout)
	}
}

func formatG(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// Every kind of bad input is exit 2 and one line on stderr that says what
// is wrong.
func TestTrainBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ragged := write("ragged.csv", "a,b,y\n1,2,0\n3,4\n")
	word := write("word.csv", "a,b,y\n1,2,0\n3,four,1\n")
	nan := write("nan.csv", "a,b,y\n1,NaN,0\n")
	empty := write("empty.csv", "")
	classes := write("classes.csv", "a,y\n1,0\n2,5\n")
	badJSON := write("bad.json", `{"layers": [`)
	small := write("small.json", `{"layers": [{"kernel": [[1]], "bias": [0]}]}`)
	ref := "testdata/keras-mlp/"
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"--speed", "3"}, "unknown flag --speed"},
		{"argument", []string{"data.csv"}, `unexpected argument "data.csv"`},
		{"both sources", []string{"--data", ref + "data.csv", "--dataset", "xor"}, "give --data or --dataset, not both"},
		{"target without data", []string{"--target", "y"}, "--target picks a column of --data"},
		{"rows with data", []string{"--data", ref + "data.csv", "--rows", "10"}, "--rows is for --dataset"},
		{"rows range", []string{"--dataset", "xor", "--rows", "-4"}, "--rows must be between 1 and 1000000, got -4"},
		{"unknown dataset", []string{"--dataset", "iris"}, `unknown dataset "iris" (valid: linear, binary100, circles, xor, gaussians, spirals, moons)`},
		{"epochs", []string{"--epochs", "0"}, "--epochs must be between 1 and 100000, got 0"},
		{"epochs not a number", []string{"--epochs", "ten"}, "--epochs"},
		{"batch size", []string{"--batch-size", "0"}, "--batch-size must be between 1 and 1000000, got 0"},
		{"split", []string{"--validation-split", "1"}, "--validation-split must be in [0, 1), got 1"},
		{"split NaN", []string{"--validation-split", "NaN"}, "--validation-split"},
		{"split too small", []string{"--dataset", "xor", "--rows", "3", "--validation-split", "0.9"}, "both need at least 1"},
		{"l2", []string{"--l2", "-0.1"}, "--l1 and --l2 must be ≥ 0"},
		{"patience", []string{"--patience", "-1"}, "--patience must be ≥ 0"},
		{"monitor alone", []string{"--monitor", "loss"}, "need --patience"},
		{"monitor unknown", []string{"--patience", "2", "--monitor", "val_loss"}, `cannot monitor "val_loss" (valid: loss, accuracy)`},
		{"layers units", []string{"--layers", "ten:relu"}, `--layers "ten:relu": layer 1: "ten" is not a whole number of units`},
		{"layers zero", []string{"--layers", "10:relu,0:sigmoid"}, "layer 2: units must be between 1 and 10000, got 0"},
		{"layers activation", []string{"--layers", "10:swish,1:sigmoid"}, `layer 1: unknown activation "swish" (valid: linear, relu, leaky_relu, sigmoid, tanh, softmax)`},
		{"layers empty", []string{"--layers", ""}, `--layers "": layer 1`},
		{"init twice", []string{"--init", "he_normal", "--init-weights", ref + "init_weights.json"}, "give --init or --init-weights, not both"},
		{"init", []string{"--init", "orthogonal"}, `--init: unknown initializer "orthogonal" (valid: glorot_uniform`},
		{"loss", []string{"--loss", "cross_entropy"}, "--loss: "},
		{"metric", []string{"--metrics", "f1"}, `--metrics: unknown metric "f1" (valid: accuracy`},
		{"optimizer", []string{"--opt", "lbfgs"}, "lbfgs"},
		{"unused optimizer flag", []string{"--momentum", "0.9"}, "--momentum is not used by adam"},
		{"lr", []string{"--lr", "-1"}, "lr"},
		{"lr infinite", []string{"--lr", "Inf"}, "--lr"},
		{"save dir", []string{"--save-weights", filepath.Join(dir, "no", "w.json")}, "--save-weights " + filepath.Join(dir, "no", "w.json") + ": directory " + filepath.Join(dir, "no") + " does not exist"},
		{"history is a dir", []string{"--history", dir}, "is a directory"},
		{"missing file", []string{"--data", filepath.Join(dir, "none.csv")}, "none.csv"},
		{"empty file", []string{"--data", empty}, "empty.csv: empty file"},
		{"ragged row", []string{"--data", ragged}, "ragged.csv:3: row has 2 values, the header has 3 columns"},
		{"word", []string{"--data", word}, `word.csv:3:3: column "b": "four" is not a number`},
		{"NaN cell", []string{"--data", nan}, `nan.csv:2:3: column "b": "NaN" is not a finite number`},
		{"target column", []string{"--data", ragged, "--target", "label"}, `ragged.csv:1: no column "label" (columns: a, b, y)`},
		{"units vs target", []string{"--dataset", "xor", "--layers", "4:relu,3:softmax"}, "the last layer has 3 units but the target"},
		{"class numbers", []string{"--data", classes, "--layers", "2:softmax", "--loss", "categorical_crossentropy"}, `classes.csv:3:3: label 5 in column "y" is not a class number in 0…1`},
		{"init weights shape", []string{"--data", ref + "data.csv", "--layers", "5:relu,10:relu,1:sigmoid", "--init-weights", ref + "init_weights.json"},
			"init_weights.json: layer 1 kernel is [100][10] in the file, the model expects [100][5]"},
		{"init weights layers", []string{"--init-weights", small}, "small.json: has 1 layers, the model has 3"},
		{"init weights JSON", []string{"--init-weights", badJSON}, "bad.json: not a weights file"},
		{"init weights missing", []string{"--init-weights", filepath.Join(dir, "none.json")}, "none.json"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, code := runInProcess(append([]string{"train"}, c.args...)...)
			if code != 2 {
				t.Fatalf("exit %d, want 2 (stdout %q, stderr %q)", code, stdout, stderr)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "descent: train: ") || !strings.Contains(stderr, c.want) {
				t.Errorf("stderr %q, want one line containing %q", stderr, c.want)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
		})
	}
}
