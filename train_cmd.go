package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/term"

	"descent/core/data"
	"descent/core/loss"
	"descent/core/nn"
)

// The second source document's model and settings: what `descent train`
// does with no arguments.
const (
	defaultTrainDataset = "binary100"
	defaultTrainLayers  = "10:relu,10:relu,1:sigmoid"
	defaultTrainLoss    = "binary_crossentropy"
	maxTrainEpochs      = 100_000
	maxLayerUnits       = 10_000
)

// kerasOptimizerDefaults are Keras's, applied where the user sets nothing:
// Keras uses ε = 1e-7 in every optimizer (PyTorch: 1e-8).
var kerasOptimizerDefaults = map[string]float64{"eps": 1e-7}

// runTrain trains a Dense network (Keras-like) and prints one line per epoch.
//
// Exit codes: 0 when training ran to the end or stopped early as asked;
// 1 when it diverged (the loss became NaN or infinite) or was interrupted,
// in which case no weights are saved, but the history of the completed
// epochs is; 2 for bad input.
func runTrain(args []string, env *cmdEnv) int {
	cmd := findCommand("train")
	fs := newFlagSet("train")
	dataFile := fs.String("data", "", "CSV file with a header row (default: --dataset "+defaultTrainDataset+")")
	dataset := fs.String("dataset", "", "built-in dataset: "+strings.Join(data.Names(), ", "))
	rows := fs.Int("rows", 0, "rows to generate with --dataset (default: the dataset's own)")
	target := fs.String("target", "", "target column of --data (default: the last)")
	layersSpec := fs.String("layers", defaultTrainLayers, "Dense layers as UNITS:ACTIVATION,… (activations: "+strings.Join(nn.ActivationNames(), ", ")+")")
	lossName := fs.String("loss", defaultTrainLoss, "loss, by its Keras name: "+strings.Join(loss.Names(), ", "))
	metricsSpec := fs.String("metrics", "auto", "comma-separated metrics ("+strings.Join(nn.MetricNames(), ", ")+"), none, or auto (accuracy for cross-entropy, else mae)")
	initName := fs.String("init", string(nn.GlorotUniform), "kernel initializer: glorot_uniform, glorot_normal, he_uniform, he_normal, zeros")
	l1 := floatFlag(fs, "l1", 0, "L1 penalty on every kernel, ≥ 0 (added to the reported loss, as Keras does)")
	l2 := floatFlag(fs, "l2", 0, "L2 penalty on every kernel, ≥ 0 (Keras's l2: adds l2·Σw² to the loss)")
	opt := registerOptimizerFlags(fs, "adam")
	epochs := fs.Int("epochs", 10, fmt.Sprintf("passes over the training rows, 1 to %d", maxTrainEpochs))
	batchSize := fs.Int("batch-size", 32, "rows per gradient step, ≥ 1")
	shuffle := fs.Bool("shuffle", true, "shuffle the training rows every epoch (Keras's default)")
	seed := fs.Uint64("seed", 1, "seed for the initial weights, the shuffling and --dataset")
	split := floatFlag(fs, "validation-split", 0, "fraction of rows, taken from the end, held out for validation, in [0, 1)")
	patience := fs.Int("patience", 0, "stop after this many epochs without improvement of --monitor (0: never stop early)")
	monitor := fs.String("monitor", "", "value early stopping watches (default: val_loss with a validation split, else loss)")
	restoreBest := fs.Bool("restore-best", false, "with --patience: put back the best epoch's weights when stopping early")
	initWeights := fs.String("init-weights", "", "JSON weights to start from instead of random ones")
	saveWeights := fs.String("save-weights", "", "write the final weights to this JSON file")
	historyFile := fs.String("history", "", "write the per-epoch history to this JSON file")
	if done, code := parseFlags(fs, cmd, args, env); done {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(env, "train: unexpected argument %q (all inputs are flags; see --help)", fs.Arg(0))
	}
	set := setFlags(fs)

	// Check every setting before reading data, so a typo fails at once.
	switch {
	case set["data"] && set["dataset"]:
		return usageError(env, "train: give --data or --dataset, not both")
	case set["target"] && !set["data"]:
		return usageError(env, "train: --target picks a column of --data; built-in datasets have theirs")
	case set["rows"] && set["data"]:
		return usageError(env, "train: --rows is for --dataset; a --data file has the rows it has")
	case *rows < 0 || *rows > data.MaxRows:
		return usageError(env, "train: --rows must be between 1 and %d, got %d", data.MaxRows, *rows)
	case *epochs < 1 || *epochs > maxTrainEpochs:
		return usageError(env, "train: --epochs must be between 1 and %d, got %d", maxTrainEpochs, *epochs)
	case *batchSize < 1:
		return usageError(env, "train: --batch-size must be at least 1, got %d", *batchSize)
	case *split < 0 || *split >= 1:
		return usageError(env, "train: --validation-split must be in [0, 1), got %g", *split)
	case *l1 < 0 || *l2 < 0:
		return usageError(env, "train: --l1 and --l2 must be ≥ 0")
	case *patience < 0:
		return usageError(env, "train: --patience must be ≥ 0, got %d", *patience)
	case set["init"] && set["init-weights"]:
		return usageError(env, "train: give --init or --init-weights, not both (both choose the starting weights)")
	case (set["monitor"] || set["restore-best"]) && *patience == 0:
		return usageError(env, "train: --monitor and --restore-best need --patience N (N ≥ 1)")
	}
	specs, err := parseLayers(*layersSpec)
	if err != nil {
		return usageError(env, "train: --layers %q: %v", *layersSpec, err)
	}
	kernelInit, err := nn.InitializerByName(*initName)
	if err != nil {
		return usageError(env, "train: --init: %v", err)
	}
	lossFn, err := loss.ByName(*lossName, nil)
	if err != nil {
		return usageError(env, "train: --loss: %v", err)
	}
	metrics, err := parseMetrics(*metricsSpec, lossFn.Name())
	if err != nil {
		return usageError(env, "train: --metrics: %v", err)
	}
	optimizer, err := opt.build(set, kerasOptimizerDefaults)
	if err != nil {
		return usageError(env, "train: %v", err)
	}
	for flagName, path := range map[string]string{"save-weights": *saveWeights, "history": *historyFile} {
		if err := checkOutputPath(path); err != nil {
			return usageError(env, "train: --%s %s: %v", flagName, path, err)
		}
	}

	// The data.
	var d *data.Dataset
	if *dataFile != "" {
		d, err = data.LoadCSV(*dataFile, *target)
	} else {
		name := *dataset
		if name == "" {
			name = defaultTrainDataset
		}
		d, err = data.Generate(name, *rows, *seed)
	}
	if err != nil {
		return usageError(env, "train: %v", err)
	}
	y, err := targetsFor(d, lossFn.Name(), specs[len(specs)-1].Units)
	if err != nil {
		return usageError(env, "train: %v", err)
	}

	// The model.
	for _, l := range specs {
		l.KernelInit = kernelInit
		l.KernelRegularizer = nn.Regularizer{L1: *l1, L2: *l2}
	}
	model, err := nn.NewSequential(len(d.Features), *seed, specs...)
	if err != nil {
		return usageError(env, "train: --layers: %v", err)
	}
	if *initWeights != "" {
		if err := model.LoadWeights(*initWeights); err != nil {
			return usageError(env, "train: --init-weights: %v", err)
		}
	}
	if err := model.Compile(optimizer, lossFn, metrics...); err != nil {
		return usageError(env, "train: %v", err)
	}
	cfg := nn.FitConfig{Epochs: *epochs, BatchSize: *batchSize, Shuffle: *shuffle, Seed: *seed, ValidationSplit: *split}
	if *patience > 0 {
		cfg.EarlyStopping = &nn.EarlyStopping{Monitor: *monitor, Patience: *patience, RestoreBestWeights: *restoreBest}
		if cfg.EarlyStopping.Monitor == "" {
			cfg.EarlyStopping.Monitor = "loss"
			if *split > 0 {
				cfg.EarlyStopping.Monitor = "val_loss"
			}
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	p := &trainPrinter{w: env.stdout, rows: d.Len(), width: progressBarWidth(env.stdout)}
	cfg.OnEvent = p.event
	h, err := model.Fit(ctx, d.X, y, cfg)
	if err != nil && h == nil {
		return usageError(env, "train: %v", err)
	}
	p.finishLine()

	if *historyFile != "" {
		if err := h.SaveJSON(*historyFile); err != nil {
			fmt.Fprintf(env.stderr, "descent: train: --history: %v\n", err)
			return 1
		}
	}
	switch h.Status {
	case nn.Diverged:
		fmt.Fprintf(env.stdout, "Stopped: diverged (%s). No weights saved; try a smaller --lr.\n", h.Detail)
		return 1
	case nn.Canceled:
		fmt.Fprintf(env.stdout, "Stopped: interrupted (%s). No weights saved.\n", h.Detail)
		return 1
	case nn.EarlyStopped:
		fmt.Fprintf(env.stdout, "Epoch %d: early stopping (%s)\n", h.Epochs, h.Detail)
	}
	if *saveWeights != "" {
		if err := model.SaveWeights(*saveWeights); err != nil {
			fmt.Fprintf(env.stderr, "descent: train: --save-weights: %v\n", err)
			return 1
		}
	}
	return 0
}

// parseLayers reads "10:relu,10:relu,1:sigmoid". An activation left out is
// linear, as in Keras.
func parseLayers(spec string) ([]*nn.DenseLayer, error) {
	var layers []*nn.DenseLayer
	for i, item := range strings.Split(spec, ",") {
		unitsText, actName, _ := strings.Cut(strings.TrimSpace(item), ":")
		units, err := strconv.Atoi(strings.TrimSpace(unitsText))
		if err != nil {
			return nil, fmt.Errorf("layer %d: %q is not a whole number of units (write UNITS:ACTIVATION, e.g. 10:relu)", i+1, unitsText)
		}
		if units < 1 || units > maxLayerUnits {
			return nil, fmt.Errorf("layer %d: units must be between 1 and %d, got %d", i+1, maxLayerUnits, units)
		}
		actName = strings.TrimSpace(actName)
		if actName == "" {
			actName = "linear"
		}
		act, err := nn.ActivationByName(actName)
		if err != nil {
			return nil, fmt.Errorf("layer %d: %v", i+1, err)
		}
		layers = append(layers, nn.Dense(units, act))
	}
	return layers, nil
}

// parseMetrics reads --metrics. "auto" is the document's accuracy for
// cross-entropy losses and mean absolute error otherwise.
func parseMetrics(spec, lossName string) ([]nn.Metric, error) {
	switch spec {
	case "none", "":
		return nil, nil
	case "auto":
		spec = "mae"
		if strings.HasSuffix(lossName, "categorical_crossentropy") || lossName == "binary_crossentropy" {
			spec = "accuracy"
		}
	}
	var metrics []nn.Metric
	for _, name := range strings.Split(spec, ",") {
		m, err := nn.MetricByName(strings.TrimSpace(name), lossName)
		if err != nil {
			return nil, err
		}
		metrics = append(metrics, m)
	}
	return metrics, nil
}

// targetsFor shapes a dataset's one target column for the model's last
// layer: as it is for one unit; for several units the column must hold
// class numbers 0…units−1, kept as they are for
// sparse_categorical_crossentropy and one-hot encoded for
// categorical_crossentropy.
func targetsFor(d *data.Dataset, lossName string, units int) ([][]float64, error) {
	if units == 1 {
		return d.Y, nil
	}
	sparse := lossName == "sparse_categorical_crossentropy"
	if !sparse && lossName != "categorical_crossentropy" {
		return nil, fmt.Errorf("the last layer has %d units but the target %q is one column; use 1 unit, or a categorical loss with class numbers 0…%d", units, d.Target, units-1)
	}
	y := make([][]float64, len(d.Y))
	for i, row := range d.Y {
		k := row[0]
		if k != math.Trunc(k) || k < 0 || int(k) >= units {
			return nil, fmt.Errorf("%s: row %d: target %g is not a class number in 0…%d (one per unit of the last layer)", d.Name, i+1, k, units-1)
		}
		if sparse {
			y[i] = row
			continue
		}
		y[i] = make([]float64, units)
		y[i][int(k)] = 1
	}
	return y, nil
}

// checkOutputPath fails early when a file could not be written later.
func checkOutputPath(path string) error {
	if path == "" {
		return nil
	}
	info, err := os.Stat(filepath.Dir(path))
	if err != nil || !info.IsDir() {
		return fmt.Errorf("directory %s does not exist", filepath.Dir(path))
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("is a directory")
	}
	return nil
}

// progressBarWidth returns the width of w in columns when it is a terminal,
// and 0 when it is not (a file, a pipe, a test's buffer).
func progressBarWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width < 20 {
		return 80
	}
	return width
}

// trainPrinter turns Fit's events into Keras-style lines, with a progress
// bar redrawn in place while an epoch runs when the output is a terminal.
type trainPrinter struct {
	w        io.Writer
	rows     int // in the dataset, validation included
	started  bool
	width    int // of the terminal; 0 when output is not one: no bar
	barShown bool
	lastDraw time.Time
}

func (p *trainPrinter) event(e nn.Event) {
	if !p.started {
		// Keras 2's opening line, printed once Fit has accepted its input.
		p.started = true
		fmt.Fprintf(p.w, "Train on %d samples", e.Samples)
		if held := p.rows - e.Samples; held > 0 {
			fmt.Fprintf(p.w, ", validate on %d samples", held)
		}
		fmt.Fprintln(p.w)
	}
	switch e.Kind {
	case nn.BatchEnd:
		if p.width == 0 || (e.Batch < e.Batches && time.Since(p.lastDraw) < 50*time.Millisecond) {
			return
		}
		p.lastDraw = time.Now()
		const width = 30
		done := width * e.Seen / e.Samples
		bar := strings.Repeat("=", done) + strings.Repeat(".", width-done)
		if done < width {
			bar = bar[:done] + ">" + bar[done+1:]
		}
		line := fmt.Sprintf("Epoch %d/%d %*d/%d [%s]%s", e.Epoch, e.Epochs,
			len(strconv.Itoa(e.Samples)), e.Seen, e.Samples, bar, formatLogs(e.Names, e.Values))
		// A line longer than the terminal would wrap, and \r would then
		// redraw only its last part: cut it to fit (it is all ASCII).
		if len(line) >= p.width {
			line = line[:p.width-1]
		}
		fmt.Fprintf(p.w, "\r\x1b[K%s", line)
		p.barShown = true
	case nn.EpochEnd:
		p.finishLine()
		fmt.Fprintf(p.w, "Epoch %d/%d%s\n", e.Epoch, e.Epochs, formatLogs(e.Names, e.Values))
	}
}

// finishLine erases a progress bar, if one is showing.
func (p *trainPrinter) finishLine() {
	if p.barShown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.barShown = false
	}
}

// formatLogs writes " - loss: 0.6535 - accuracy: 0.5977" as Keras does:
// four decimals, or scientific notation for magnitudes below 1e-3.
func formatLogs(names []string, values []float64) string {
	var b strings.Builder
	for i, name := range names {
		v := values[i]
		if v != 0 && math.Abs(v) < 1e-3 {
			fmt.Fprintf(&b, " - %s: %.4e", name, v)
		} else {
			fmt.Fprintf(&b, " - %s: %.4f", name, v)
		}
	}
	return b.String()
}
