package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"golang.org/x/term"

	"descent/core/data"
	"descent/core/loss"
	"descent/core/nn"
	"descent/core/num"
	"descent/outfile"
	"descent/picture"
)

// The second source document's model and settings: what `descent train`
// does with no arguments.
const (
	defaultTrainDataset = "binary100"
	defaultTrainLayers  = "10:relu,10:relu,1:sigmoid"
	defaultTrainLoss    = "binary_crossentropy"
)

// Limits of `descent train`, sized so that one run fits comfortably in a
// shared 24 GB machine and is refused before it allocates anything.
const (
	maxTrainEpochs = 100_000
	maxLayerUnits  = 10_000
	maxLayers      = 100
	// maxParams bounds the model's weights. Training keeps about five
	// copies of them (weights, gradients, Adam's two moments, the best
	// weights for --restore-best): 10 million weights are 80 MB a copy,
	// 400 MB in all.
	maxParams = 10_000_000
	// maxBatchValues bounds the numbers one batch keeps per layer (inputs,
	// pre-activations, activations and their gradients): 25 million
	// numbers are 200 MB.
	maxBatchValues = 25_000_000
)

// A loss that passes growthLimit × its first batch's value (or × 1, if
// that is smaller) has diverged, finite or not; one that passes
// growthWarning × gets a warning. `descent trace` uses the same two.
const (
	growthLimit   = 1e12
	growthWarning = 1e6
)

// kerasOptimizerDefaults are Keras's, applied where the user sets nothing:
// Keras uses ε = 1e-7 in every optimizer (PyTorch: 1e-8).
var kerasOptimizerDefaults = map[string]float64{"eps": 1e-7}

// runTrain trains a Dense network (Keras-like) and prints one line per epoch.
//
// Exit codes: 0 when training ran to the end or stopped early as asked;
// 2 for bad input, found before any training and before any file is
// touched; 3 when it diverged (the loss stopped being a finite number or
// grew past 1e12 × its start); 130 when interrupted; 1 when an output
// could not be written at the end. A run that diverged or was interrupted
// saves no weights, but its history and its plot, which show what
// happened.
func runTrain(args []string, env *cmdEnv) int {
	cmd := findCommand("train")
	fs := newFlagSet("train")
	dataFile := fs.String("data", "", "CSV file with a header row (default: --dataset "+defaultTrainDataset+")")
	dataset := fs.String("dataset", "", "built-in dataset: "+strings.Join(data.Names(), ", "))
	rows := fs.Int("rows", 0, fmt.Sprintf("rows to generate with --dataset, 1 to %d (default: the dataset's own)", data.MaxRows))
	target := fs.String("target", "", "target column of --data (default: the last)")
	layersSpec := fs.String("layers", defaultTrainLayers, fmt.Sprintf("Dense layers as UNITS:ACTIVATION,… (1 to %d units each, at most %d million weights; activations: %s)",
		maxLayerUnits, maxParams/1_000_000, strings.Join(nn.ActivationNames(), ", ")))
	lossName := fs.String("loss", defaultTrainLoss, "loss, by its Keras name: "+strings.Join(loss.Names(), ", "))
	metricsSpec := fs.String("metrics", "auto", "comma-separated metrics ("+strings.Join(nn.MetricNames(), ", ")+"), none, or auto (accuracy for cross-entropy, else mae)")
	initName := fs.String("init", string(nn.GlorotUniform), "kernel initializer: glorot_uniform, glorot_normal, he_uniform, he_normal, zeros")
	l1 := floatFlag(fs, "l1", 0, "L1 penalty on every kernel, ≥ 0 (added to the reported loss, as Keras does)")
	l2 := floatFlag(fs, "l2", 0, "L2 penalty on every kernel, ≥ 0 (Keras's l2: adds l2·Σw² to the loss)")
	opt := registerOptimizerFlags(fs, "adam")
	epochs := fs.Int("epochs", 10, fmt.Sprintf("passes over the training rows, 1 to %d", maxTrainEpochs))
	batchSize := fs.Int("batch-size", 32, fmt.Sprintf("rows per gradient step, 1 to %d", data.MaxRows))
	shuffle := fs.Bool("shuffle", true, "shuffle the training rows every epoch (Keras's default)")
	seed := fs.Uint64("seed", 1, "seed for the initial weights, the shuffling and --dataset")
	split := floatFlag(fs, "validation-split", 0, "fraction of rows, taken from the end, held out for validation, in [0, 1)")
	patience := fs.Int("patience", 0, fmt.Sprintf("stop after this many epochs without improvement of --monitor, 0 to %d (0: never stop early)", maxTrainEpochs))
	monitor := fs.String("monitor", "", "value early stopping watches (default: val_loss with a validation split, else loss)")
	restoreBest := fs.Bool("restore-best", false, "with --patience: put back the best epoch's weights when stopping early")
	initWeights := fs.String("init-weights", "", "JSON weights to start from instead of random ones")
	saveWeights := fs.String("save-weights", "", "write the final weights to this JSON file")
	historyFile := fs.String("history", "", "write the per-epoch history to this JSON file")
	plotFile := fs.String("plot", "", "draw the loss and metrics per epoch (and, for 2-D data, the decision boundary) to this .png or .svg file")
	if done, code := parseFlags(fs, cmd, args, env); done {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(env, "train: unexpected argument %q (all inputs are flags; see --help)", fs.Arg(0))
	}
	set := setFlags(fs)

	// Check every setting before reading data, so a typo fails at once.
	if name := emptyFileFlag(fs, set, "data", "init-weights", "save-weights", "history", "plot"); name != "" {
		if name == "data" {
			return usageError(env, "train: --data is empty; give a CSV file, or leave --data out to use --dataset")
		}
		return usageError(env, "train: --%s is empty; give a file name", name)
	}
	switch {
	case set["data"] && set["dataset"]:
		return usageError(env, "train: give --data or --dataset, not both")
	case set["target"] && !set["data"]:
		return usageError(env, "train: --target picks a column of --data; built-in datasets have theirs")
	case set["rows"] && set["data"]:
		return usageError(env, "train: --rows is for --dataset; a --data file has the rows it has")
	case set["rows"] && (*rows < 1 || *rows > data.MaxRows):
		return usageError(env, "train: --rows must be between 1 and %d, got %d", data.MaxRows, *rows)
	case *epochs < 1 || *epochs > maxTrainEpochs:
		return usageError(env, "train: --epochs must be between 1 and %d, got %d", maxTrainEpochs, *epochs)
	case *batchSize < 1 || *batchSize > data.MaxRows:
		return usageError(env, "train: --batch-size must be between 1 and %d, got %d", data.MaxRows, *batchSize)
	case *split < 0 || *split >= 1:
		return usageError(env, "train: --validation-split must be in [0, 1), got %s", num.G(*split))
	case *l1 < 0 || *l2 < 0:
		return usageError(env, "train: --l1 and --l2 must be ≥ 0")
	case *patience < 0 || *patience > maxTrainEpochs:
		return usageError(env, "train: --patience must be ≥ 0 and at most %d, got %d", maxTrainEpochs, *patience)
	case set["init"] && set["init-weights"]:
		return usageError(env, "train: give --init or --init-weights, not both (both choose the starting weights)")
	case (set["monitor"] || set["restore-best"]) && *patience == 0:
		return usageError(env, "train: --monitor and --restore-best need --patience N (N ≥ 1)")
	}
	specs, err := parseLayers(*layersSpec)
	if err != nil {
		return usageError(env, "train: --layers %q: %v", *layersSpec, err)
	}
	// The layers alone may be too big, whatever the data.
	if err := checkModelSize(specs, 0, 1); err != nil {
		return usageError(env, "train: --layers: %v", err)
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
	if *plotFile != "" {
		if err := picture.CheckPath(*plotFile); err != nil {
			return usageError(env, "train: --plot %v", err)
		}
	}
	// No output may be an input or another output, and every output's
	// directory must be writable now, not after an hour of training.
	inputs := []outfile.File{{Flag: "--data", Path: *dataFile}, {Flag: "--init-weights", Path: *initWeights}}
	outputs := []outfile.File{{Flag: "--save-weights", Path: *saveWeights}, {Flag: "--history", Path: *historyFile}, {Flag: "--plot", Path: *plotFile}}
	if err := outfile.Check(inputs, outputs); err != nil {
		return usageError(env, "train: %v", err)
	}

	// The data.
	var d *data.Dataset
	if *dataFile != "" {
		d, err = data.LoadCSV(*dataFile, *target)
		if err != nil {
			return usageError(env, "train: %v", err)
		}
	} else {
		name := *dataset
		if name == "" {
			name = defaultTrainDataset
		}
		if d, err = data.Generate(name, *rows, *seed); err != nil {
			return usageError(env, "train: %v", err)
		}
	}
	y, note, err := labelsFor(d, lossFn.Name(), specs[len(specs)-1].Units)
	if err != nil {
		return usageError(env, "train: %v", err)
	}

	// The model, its size checked before a byte of it is allocated.
	if err := checkModelSize(specs, len(d.Features), min(max(*batchSize, 256), d.Len())); err != nil {
		return usageError(env, "train: --layers: %v", err)
	}
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
			return usageError(env, "train: %v", err)
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
	if note != "" {
		fmt.Fprintf(env.stderr, "descent: train: note: %s\n", note)
	}

	interrupt, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ctx, cancel := context.WithCancelCause(interrupt)
	defer cancel(nil)
	p := &trainPrinter{w: env.stdout, rows: d.Len(), width: progressBarWidth(env.stdout)}
	watch := &growthWatch{cancel: cancel}
	cfg.OnEvent = func(e nn.Event) {
		watch.event(e)
		p.event(e)
	}
	h, err := model.Fit(ctx, d.X, y, cfg)
	if err != nil && h == nil {
		return usageError(env, "train: %v", err)
	}
	p.finishLine()

	status, detail := h.Status, plainDetail(h.Detail)
	var grew *grewError
	if status == nn.Canceled && errors.As(context.Cause(ctx), &grew) {
		status, detail = nn.Diverged, grew.Error()
	}

	// What happened is saved even when it went wrong; the weights only
	// when it did not.
	code := 0
	if *historyFile != "" {
		if err := h.SaveJSON(*historyFile); err != nil {
			fmt.Fprintf(env.stderr, "descent: train: --history: %v\n", err)
			code = 1
		}
	}
	if *plotFile != "" {
		fig := trainFigure(d, y, model, h, trainTitle(d, *layersSpec, lossFn.Name(), optimizer, *batchSize, *epochs, status, detail))
		if err := picture.Write(*plotFile, fig); err != nil {
			fmt.Fprintf(env.stderr, "descent: train: --plot: %v\n", err)
			code = 1
		}
	}
	switch status {
	case nn.Diverged:
		fmt.Fprintf(env.stdout, "Stopped: diverged (%s). No weights saved; try a smaller --lr.\n", detail)
		return max(code, 3)
	case nn.Canceled:
		fmt.Fprintf(env.stdout, "Stopped: interrupted (%s). No weights saved.\n", detail)
		return 130
	case nn.EarlyStopped:
		fmt.Fprintf(env.stdout, "Epoch %d: early stopping (%s)\n", h.Epochs, detail)
	}
	if watch.growth() > growthWarning {
		fmt.Fprintf(env.stderr, "descent: train: warning: the loss grew %s-fold (from %s to %s) without becoming infinite; the run is probably diverging (try a smaller --lr)\n",
			num.G(watch.growth()), num.G(watch.first), num.G(watch.peak))
	}
	if *saveWeights != "" {
		if err := model.SaveWeights(*saveWeights); err != nil {
			fmt.Fprintf(env.stderr, "descent: train: --save-weights: %v\n", err)
			code = 1
		}
	}
	return code
}

// plainDetail rewords Fit's detail so no NaN reaches the screen.
func plainDetail(s string) string {
	return strings.ReplaceAll(s, "became NaN", "stopped being a number")
}

// growthWatch ends a run whose batch loss passes growthLimit × its first
// (see the constants), and remembers the peak for the warning.
type growthWatch struct {
	cancel      context.CancelCauseFunc
	first, peak float64
	started     bool
}

func (g *growthWatch) base() float64 { return math.Max(math.Abs(g.first), 1) }

func (g *growthWatch) growth() float64 {
	if !g.started {
		return 0
	}
	return math.Abs(g.peak) / g.base()
}

func (g *growthWatch) event(e nn.Event) {
	if e.Kind != nn.BatchEnd || !num.Finite(e.BatchLoss) {
		return
	}
	if !g.started {
		g.started, g.first, g.peak = true, e.BatchLoss, e.BatchLoss
	}
	if math.Abs(e.BatchLoss) > math.Abs(g.peak) {
		g.peak = e.BatchLoss
	}
	if math.Abs(e.BatchLoss) > growthLimit*g.base() {
		g.cancel(&grewError{epoch: e.Epoch, batch: e.Batch, loss: e.BatchLoss, first: g.first})
	}
}

// grewError is why a run stopped by growthWatch diverged.
type grewError struct {
	epoch, batch int
	loss, first  float64
}

func (e *grewError) Error() string {
	return fmt.Sprintf("the loss passed %s × its start at epoch %d, batch %d: %s from %s",
		num.G(growthLimit), e.epoch, e.batch, num.G(e.loss), num.G(e.first))
}

// parseLayers reads "10:relu,10:relu,1:sigmoid". An activation left out is
// linear, as in Keras.
func parseLayers(spec string) ([]*nn.DenseLayer, error) {
	items := strings.Split(spec, ",")
	if len(items) > maxLayers {
		return nil, fmt.Errorf("%d layers; descent builds at most %d", len(items), maxLayers)
	}
	var layers []*nn.DenseLayer
	for i, item := range items {
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

// checkModelSize refuses a model whose weights or whose memory for one
// batch of batch rows would pass the limits, with the numbers in the
// message. With inputs 0 (the data not read yet) it counts one input and
// says "at least".
func checkModelSize(layers []*nn.DenseLayer, inputs, batch int) error {
	atLeast := ""
	if inputs == 0 {
		inputs, atLeast = 1, "at least "
	}
	params, perRow := 0, inputs
	width := inputs
	for _, l := range layers {
		params += (width + 1) * l.Units
		perRow += 3*l.Units + width // pre-activations, activations and their gradients; the input's gradient
		width = l.Units
	}
	if params > maxParams {
		return fmt.Errorf("the model would have %s%s weights; the limit is %s (training keeps about five copies, %s each)",
			atLeast, withCommas(params), withCommas(maxParams), bytesText(8*maxParams))
	}
	if values := batch * perRow; values > maxBatchValues {
		return fmt.Errorf("one batch of %d rows would hold %s numbers (%s); the limit is %s (%s): use a smaller --batch-size or narrower layers",
			batch, withCommas(values), bytesText(8*values), withCommas(maxBatchValues), bytesText(8*maxBatchValues))
	}
	return nil
}

// withCommas writes 200030001 as 200,030,001.
func withCommas(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// bytesText writes a size in MB or GB.
func bytesText(n int) string {
	if n >= 1e9 {
		return num.G(float64(n)/1e9) + " GB"
	}
	return num.G(float64(n)/1e6) + " MB"
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
// four decimals, switching to exponent form for tiny and huge values
// (num.Fixed), so a runaway loss reads 1.5e+289, not 290 digits.
func formatLogs(names []string, values []float64) string {
	var b strings.Builder
	for i, name := range names {
		fmt.Fprintf(&b, " - %s: %s", name, num.Fixed(values[i], 4))
	}
	return b.String()
}
