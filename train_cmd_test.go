package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
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

// The issue's acceptance command reproduces TensorFlow.js's run of the
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

// issueFiles writes the inputs the cases of issue 13 need.
func issueFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{
		"data.csv":      "a,b,y\n1,2,0\n3,4,1\n5,6,0\n",
		"bce.csv":       "a,b,y\n1,2,0\n3,4,5\n",
		"minus.csv":     "a,b,y\n1,2,0\n3,4,-3\n",
		"huge.csv":      "a,b,y\n1,2,0\n3,4,1e200\n",
		"counts.csv":    "a,y\n1,2\n3,-1\n",
		"hinge.csv":     "a,y\n1,-1\n2,0\n3,1\n",
		"hinge01.csv":   "a,y\n-2,0\n-1,0\n1,1\n2,1\n",
		"sparse.csv":    "a,y\n1,0\n2,2.5\n",
		"noname.csv":    "a,,y\n1,2,0\n",
		"twice.csv":     "a,a,y\n1,2,0\n",
		"under.csv":     "a,y\n1_000,0\n",
		"range.csv":     "a,y\n1e400,0\n",
		"null.json":     `{"layers": [{"kernel": [[1],[null]], "bias": [0]}]}`,
		"trailing.json": `{"layers": [{"kernel": [[1],[2]], "bias": [0]}]} trailing`,
		"w.json":        "old weights\n",
		"h.json":        "old history\n",
	}
	paths := map[string]string{}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths[name] = p
	}
	paths["link.csv"] = filepath.Join(dir, "link.csv")
	if err := os.Symlink("data.csv", paths["link.csv"]); err != nil {
		t.Fatal(err)
	}
	return paths
}

// readOnlyDir is a directory no one may write in: a 0555 one, or, for
// root (whom permissions do not stop), /sys, which the kernel refuses.
func readOnlyDir(t *testing.T) string {
	t.Helper()
	if os.Geteuid() != 0 {
		dir := t.TempDir()
		os.Chmod(dir, 0o555)
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		return dir
	}
	if f, err := os.Create("/sys/.descent-test"); err == nil {
		f.Close()
		os.Remove("/sys/.descent-test")
		t.Fatal("no read-only directory to test with")
	}
	return "/sys"
}

type issueCase struct {
	name string
	args []string
	want string // stderr is one line that contains it
}

// trainIssueCases are the bad inputs of issue 13 that train must refuse,
// with exit 2 and nothing on stdout, before any training.
func trainIssueCases(t *testing.T, dir string) []issueCase {
	f := issueFiles(t, dir)
	ro := readOnlyDir(t)
	d := f["data.csv"]
	return []issueCase{
		{"history over the data", []string{"--data", d, "--history", d}, "--history " + d + " is the same file as the input --data " + d + "; refusing to overwrite an input"},
		{"weights over the data", []string{"--data", d, "--save-weights", d}, "--save-weights " + d + " is the same file as the input --data " + d},
		{"weights over the data through a symlink", []string{"--data", d, "--save-weights", f["link.csv"]}, "is the same file as the input --data"},
		{"weights over the starting weights", []string{"--init-weights", f["w.json"], "--save-weights", f["w.json"]}, "is the same file as the input --init-weights"},
		{"two outputs in one file", []string{"--save-weights", f["w.json"], "--history", f["w.json"]}, "--save-weights " + f["w.json"] + " and --history " + f["w.json"] + " are the same file; give each output its own name"},
		{"plot over the history", []string{"--history", filepath.Join(dir, "p.svg"), "--plot", filepath.Join(dir, "p.svg")}, "are the same file"},
		{"unwritable directory", []string{"--save-weights", filepath.Join(ro, "w.json")}, "--save-weights " + filepath.Join(ro, "w.json") + ": cannot write in directory " + ro + ": permission denied"},
		{"model too large", []string{"--layers", "10000,10000,10000,1:sigmoid"}, "--layers: the model would have at least 200,050,001 weights; the limit is 10,000,000 (training keeps about five copies, 80 MB each)"},
		{"batch too large", []string{"--layers", "10000:relu,1:sigmoid", "--batch-size", "1000000"}, "one batch of 1000 rows would hold 40,203,000 numbers (321.6 MB); the limit is 25,000,000 (200 MB)"},
		{"too many layers", []string{"--layers", strings.Repeat("1,", 100) + "1"}, "101 layers; descent builds at most 100"},
		{"a device as data", []string{"--data", "/dev/zero"}, "/dev/zero:1: a line longer than 1 MiB; is this a CSV file?"},
		{"a directory as data", []string{"--data", dir}, dir + ": is a directory, not a CSV file"},
		{"binary label 5", []string{"--data", f["bce.csv"]}, f["bce.csv"] + `:3:5: label 5 in column "y" is outside [0, 1], which binary_crossentropy needs`},
		{"binary label -3", []string{"--data", f["minus.csv"]}, `minus.csv:3:5: label -3 in column "y" is outside [0, 1]`},
		{"binary label 1e200", []string{"--data", f["huge.csv"]}, `huge.csv:3:5: label 1e+200 in column "y" is outside [0, 1]`},
		{"generated data, wrong loss", []string{"--dataset", "linear", "--layers", "1:sigmoid"}, "dataset linear, row 1: label"},
		{"poisson negative", []string{"--data", f["counts.csv"], "--layers", "1:linear", "--loss", "poisson"}, `counts.csv:3:3: label -1 in column "y" is negative; poisson needs counts or rates, y ≥ 0`},
		{"hinge mixed", []string{"--data", f["hinge.csv"], "--layers", "1:tanh", "--loss", "hinge"}, `hinge.csv:3:3: label 0 in column "y" is not −1 or 1, which hinge needs (labels that are all 0 and 1 are converted)`},
		{"sparse fraction", []string{"--data", f["sparse.csv"], "--layers", "3:softmax", "--loss", "sparse_categorical_crossentropy"}, `sparse.csv:3:3: label 2.5 in column "y" is not a class number in 0…2`},
		{"categorical with one unit", []string{"--data", f["data.csv"], "--layers", "1:sigmoid", "--loss", "categorical_crossentropy"}, "categorical_crossentropy needs a last layer of one unit per class"},
		{"empty header name", []string{"--data", f["noname.csv"]}, "noname.csv:1:3: column 2 has no name; every column needs one"},
		{"repeated header name", []string{"--data", f["twice.csv"]}, `twice.csv:1:3: column name "a" is used twice (columns 1 and 2)`},
		{"1_000 in a CSV", []string{"--data", f["under.csv"]}, `under.csv:2:1: column "a": "1_000" is not a number (write the digits without _ separators)`},
		{"1e400 in a CSV", []string{"--data", f["range.csv"]}, `range.csv:2:1: column "a": "1e400" is out of range (beyond ±1.8e308, the largest float64)`},
		{"1e400 in a flag", []string{"--lr", "1e400"}, `--lr "1e400": out of range (beyond ±1.8e308, the largest float64)`},
		{"null weight", []string{"--data", f["data.csv"], "--layers", "1:sigmoid", "--init-weights", f["null.json"]}, "null.json: layer 1 kernel row 2 value 1 is null; every weight must be a number"},
		{"trailing data after weights", []string{"--data", f["data.csv"], "--layers", "1:sigmoid", "--init-weights", f["trailing.json"]}, "trailing.json:1:50: not a weights file: more data after the weights object"},
		{"rows 0", []string{"--dataset", "xor", "--rows", "0"}, "--rows must be between 1 and 1000000, got 0"},
		{"batch size too large", []string{"--batch-size", "2000000"}, "--batch-size must be between 1 and 1000000, got 2000000"},
		{"patience too large", []string{"--patience", "200000"}, "--patience must be ≥ 0 and at most 100000, got 200000"},
		{"empty data", []string{"--data", ""}, "--data is empty; give a CSV file, or leave --data out to use --dataset"},
		{"empty history", []string{"--history", ""}, "--history is empty; give a file name"},
		{"empty plot", []string{"--plot", " "}, "--plot is empty; give a file name"},
		{"plot format", []string{"--plot", filepath.Join(dir, "p.jpg")}, "p.jpg: cannot draw a .jpg file; a picture file must end in .png or .svg"},
		{"shuffle not a bool", []string{"--shuffle=maybe"}, `--shuffle "maybe": not true or false`},
	}
}

func TestTrainIssueCases(t *testing.T) {
	dir := t.TempDir()
	for _, c := range trainIssueCases(t, dir) {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, code := runInProcess(append([]string{"train"}, c.args...)...)
			if code != 2 || stdout != "" {
				t.Errorf("exit %d, stdout %q; want 2 and nothing", code, stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "descent: train: ") || !strings.Contains(stderr, c.want) {
				t.Errorf("stderr %q, want one line containing %q", stderr, c.want)
			}
			if strings.Contains(stderr, ".descent-") || strings.Contains(stderr, ".tmp") {
				t.Errorf("the message names a temporary file: %q", stderr)
			}
		})
	}
}

// snapshot is every file of a directory: content, mode, symlink target.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		info, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		desc := info.Mode().String()
		if info.Mode()&os.ModeSymlink != 0 {
			target, _ := os.Readlink(p)
			desc += " -> " + target
		} else if info.Mode().IsRegular() {
			b, _ := os.ReadFile(p)
			desc += " " + string(b)
		}
		out[e.Name()] = desc
	}
	return out
}

// No failing run changes an existing file, byte for byte and mode, nor
// leaves a new one: every case of issue 13, for train, trace and run,
// aimed at files that exist.
func TestNoFailingRunChangesAnyFile(t *testing.T) {
	dir := t.TempDir()
	cases := trainIssueCases(t, dir)
	w, h, plot := filepath.Join(dir, "w.json"), filepath.Join(dir, "h.json"), filepath.Join(dir, "plot.png")
	os.WriteFile(plot, []byte("old picture"), 0o600)
	os.Chmod(w, 0o640)
	var runs [][]string
	for _, c := range cases {
		runs = append(runs, append([]string{"train"}, c.args...))
		// The same mistake with every output aimed at an existing file.
		runs = append(runs, append([]string{"train", "--save-weights", w, "--history", h, "--plot", plot}, c.args...))
	}
	runs = append(runs,
		[]string{"train", "--dataset", "linear", "--layers", "1:linear", "--loss", "mse", "--epochs", "0", "--save-weights", w, "--history", h, "--plot", plot},
		[]string{"trace", "--func", "beale", "--opt", "adam", "--lr", "-1", "--plot", plot},
		[]string{"trace", "--func", "beale", "--opt", "adam", "--plot", filepath.Join(dir, "data.csv")},
		[]string{"run", "2", "gd-by-hand", "--plot", plot},
		[]string{"run", "2", "gd-by-hand", "--lr", "9", "--plot", plot},
	)
	before := snapshot(t, dir)
	for _, args := range runs {
		_, stderr, code := runInProcess(args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, stderr)
		}
		after := snapshot(t, dir)
		for name, was := range before {
			if after[name] != was {
				t.Fatalf("%v changed %s:\nbefore %q\nafter  %q", args, name, was, after[name])
			}
		}
		for name := range after {
			if _, ok := before[name]; !ok {
				t.Fatalf("%v left a new file %s", args, name)
			}
		}
	}
}

// Outputs: a new file gets the mode an ordinary file gets under the umask,
// an existing one keeps its mode, a symlink stays one and its target gets
// the content.
func TestTrainOutputsKeepModesAndSymlinks(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	target := filepath.Join(dir, "real-weights.json")
	os.WriteFile(target, []byte("old"), 0o640)
	os.Chmod(target, 0o640)
	link := filepath.Join(dir, "w.json")
	os.Symlink("real-weights.json", link)
	hist := filepath.Join(dir, "h.json")
	_, stderr, code := runInProcess("train", "--dataset", "xor", "--epochs", "1", "--save-weights", link, "--history", hist)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("--save-weights replaced the symlink")
	}
	if info, _ := os.Stat(target); info.Mode().Perm() != 0o640 {
		t.Errorf("existing weights file became %04o, want 0640 kept", info.Mode().Perm())
	}
	if b, _ := os.ReadFile(target); !strings.HasPrefix(string(b), "{\n \"layers\"") {
		t.Errorf("the symlink's target holds %.30q", b)
	}
	if info, _ := os.Stat(hist); info.Mode().Perm() != 0o644 {
		t.Errorf("new history file has mode %04o, want 0644 under umask 022", info.Mode().Perm())
	}
}

// A loss that grows a million-fold but stays finite gets a warning; one
// that passes 1e12 × its start stops as diverged (exit 3); either way no
// line explodes into hundreds of digits.
func TestTrainGrowthAndReadableNumbers(t *testing.T) {
	args := []string{"train", "--dataset", "linear", "--layers", "1:linear", "--loss", "mse", "--opt", "sgd", "--lr", "1.5", "--batch-size", "1000"}
	stdout, stderr, code := runInProcess(append(args, "--epochs", "12")...)
	if code != 0 || !strings.Contains(stdout, "Epoch 12/12 - loss: 1.565e+07 - mae: 3707.6622\n") ||
		stderr != "descent: train: warning: the loss grew 5.257e+06-fold (from 2.977 to 1.565e+07) without becoming infinite; the run is probably diverging (try a smaller --lr)\n" {
		t.Errorf("exit %d, stdout:\n%s\nstderr %q", code, stdout, stderr)
	}
	stdout, stderr, code = runInProcess(append(args, "--epochs", "100")...)
	if code != 3 || stderr != "" || !strings.Contains(stdout, "Stopped: diverged (the loss passed 1e+12 × its start at epoch 21, batch 1: 5.35e+12 from 2.977). No weights saved; try a smaller --lr.\n") {
		t.Errorf("exit %d, stdout:\n%s\nstderr %q", code, stdout, stderr)
	}
	for _, line := range strings.Split(stdout, "\n") {
		if len(line) > 160 {
			t.Errorf("line of %d characters: %.80s…", len(line), line)
		}
	}
	if got := formatLogs([]string{"loss", "mae"}, []float64{1.5e289, 0.00001234}); got != " - loss: 1.5e+289 - mae: 1.234e-05" {
		t.Errorf("formatLogs = %q", got)
	}
}

// Hinge with labels 0 and 1 converts them, and says so.
func TestTrainHingeConvertsZeroOneLabels(t *testing.T) {
	dir := t.TempDir()
	f := issueFiles(t, dir)
	_, stderr, code := runInProcess("train", "--data", f["hinge01.csv"], "--layers", "1:tanh", "--loss", "hinge", "--epochs", "2")
	want := "descent: train: note: hinge takes labels −1 and 1; the 0 labels of " + f["hinge01.csv"] + " are read as −1 (2y − 1, as Keras does)\n"
	if code != 0 || stderr != want {
		t.Errorf("exit %d, stderr %q, want %q", code, stderr, want)
	}
}

// --plot draws the history and, for 2-D data, the decision boundary.
func TestTrainPlot(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"moons.png", "moons.svg"} {
		path := filepath.Join(dir, name)
		_, stderr, code := runInProcess("train", "--dataset", "moons", "--layers", "8:tanh,1:sigmoid", "--epochs", "3", "--plot", path)
		if code != 0 || stderr != "" {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		checkPicture(t, path, 1600, 900)
	}
}
