package lab

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"descent/core/data"
	"descent/core/loss"
	"descent/core/nn"
	"descent/core/optim"
	"descent/core/train"
)

// The lab's second mode: the same optimizers training the same small
// network on a dataset, as TensorFlow Playground does. Each lane runs nn's
// Fit on its own goroutine; Fit's per-batch event records the batch loss,
// now and then evaluates the model over the picture's grid (the decision
// boundary), and waits at a gate while the race is paused, so pause and
// single-step work as on a surface (one step is one batch).

// A task is a dataset with the model, loss and training settings for it.
type task struct {
	Dataset string
	Hidden  []layer // the hidden layers; the output layer follows from the loss
	Loss    string
	Metric  string  // "" for none
	Batch   int     // rows per batch; 0 means the whole training set
	Noise   float64 // extra Gaussian jitter (σ) added to each 2-D point
	Test    float64 // the fraction held out to test on (Keras's validation_split)
}

type layer struct {
	Units      int
	Activation string
}

// An arch is a choice of hidden layers the panel offers.
type arch struct {
	Name   string
	Hidden []layer
}

var archChoices = []arch{
	{"none (logistic)", nil},
	{"4 tanh", []layer{{4, "tanh"}}},
	{"8 tanh", []layer{{8, "tanh"}}},
	{"8,8 tanh", []layer{{8, "tanh"}, {8, "tanh"}}},
	{"8,8,8 tanh", []layer{{8, "tanh"}, {8, "tanh"}, {8, "tanh"}}},
	{"16,16 relu", []layer{{16, "relu"}, {16, "relu"}}},
	{"10,10 relu", []layer{{10, "relu"}, {10, "relu"}}},
}

var (
	batchChoices = []int{1, 8, 16, 32, 64, 128, 0} // 0: the whole training set
	noiseChoices = []float64{0, 0.05, 0.1, 0.2, 0.3, 0.5}
	testChoices  = []float64{0, 0.1, 0.2, 0.3, 0.5}
)

// defaultArch is the model a dataset starts with: a line for the
// regression, a small relu network for the 100-feature set, two tanh
// layers of 8 for the 2-D pictures.
func defaultArch(dataset string) int {
	switch dataset {
	case "linear":
		return 0
	case "binary100":
		return 6
	}
	return 3
}

// taskFor is the task for a dataset and the panel's choices.
func taskFor(dataset string, archIdx, batchIdx, noiseIdx, testIdx int) task {
	t := task{Dataset: dataset, Hidden: archChoices[archIdx].Hidden, Loss: "binary_crossentropy", Metric: "accuracy",
		Batch: batchChoices[batchIdx], Noise: noiseChoices[noiseIdx], Test: testChoices[testIdx]}
	if dataset == "linear" {
		t.Loss, t.Metric = "mean_squared_error", "mae"
	}
	return t
}

// output is the last layer: one sigmoid for a probability, one linear unit
// for a regression.
func (t task) output() layer {
	if t.Loss == "mean_squared_error" {
		return layer{1, "linear"}
	}
	return layer{1, "sigmoid"}
}

// describe names the model, e.g. "2 → 8 tanh → 8 tanh → 1 sigmoid".
func (t task) describe(inputs int) string {
	parts := []string{fmt.Sprint(inputs)}
	for _, l := range append(append([]layer{}, t.Hidden...), t.output()) {
		parts = append(parts, fmt.Sprintf("%d %s", l.Units, l.Activation))
	}
	return strings.Join(parts, " → ")
}

// fitSeed seeds the data, the noise, the initial weights and the
// shuffling: every optimizer starts from the same network and sees the
// same batches.
const fitSeed = 1

// makeData generates the task's dataset with its extra noise.
func makeData(t task) (*data.Dataset, error) {
	d, err := data.Generate(t.Dataset, 0, fitSeed)
	if err != nil {
		return nil, err
	}
	if t.Noise > 0 && len(d.Features) == 2 {
		rng := rand.New(rand.NewPCG(fitSeed, 0x9015e))
		for _, x := range d.X {
			x[0] += t.Noise * rng.NormFloat64()
			x[1] += t.Noise * rng.NormFloat64()
		}
	}
	return d, nil
}

// trainRows is how many rows train (the rest test), as Fit splits them.
func trainRows(n int, test float64) int {
	if test <= 0 {
		return n
	}
	return int(math.Floor(float64(n) * (1 - test)))
}

// newModel builds the task's network, compiled with opt.
func newModel(t task, inputs int, opt optim.Optimizer) (*nn.Sequential, error) {
	var layers []*nn.DenseLayer
	for _, l := range append(append([]layer{}, t.Hidden...), t.output()) {
		act, err := nn.ActivationByName(l.Activation)
		if err != nil {
			return nil, err
		}
		layers = append(layers, nn.Dense(l.Units, act))
	}
	m, err := nn.NewSequential(inputs, fitSeed, layers...)
	if err != nil {
		return nil, err
	}
	lf, err := loss.ByName(t.Loss, nil)
	if err != nil {
		return nil, err
	}
	var metrics []nn.Metric
	if t.Metric != "" {
		mt, err := nn.MetricByName(t.Metric, t.Loss)
		if err != nil {
			return nil, err
		}
		metrics = append(metrics, mt)
	}
	if err := m.Compile(opt, lf, metrics...); err != nil {
		return nil, err
	}
	return m, nil
}

// A grid is the picture's sample points: the model is evaluated at each
// and the screen shades its cells from the outputs. For 2-D data it is
// W × H points over the window, row 0 at the top; for 1-D data, W points
// along x.
type grid struct {
	W, H                   int
	XMin, XMax, YMin, YMax float64
	points                 [][]float64
}

// gridFor is a grid over the data, with a margin, fine enough for any
// terminal's picture (the screen samples it).
func gridFor(d *data.Dataset) *grid {
	if len(d.Features) > 2 || len(d.X) == 0 {
		return nil
	}
	g := &grid{W: 96, H: 64}
	g.XMin, g.XMax, g.YMin, g.YMax = math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for i, x := range d.X {
		v := d.Y[i][0]
		if len(x) == 1 { // regression: x against the target
			g.XMin, g.XMax = math.Min(g.XMin, x[0]), math.Max(g.XMax, x[0])
			g.YMin, g.YMax = math.Min(g.YMin, v), math.Max(g.YMax, v)
			continue
		}
		g.XMin, g.XMax = math.Min(g.XMin, x[0]), math.Max(g.XMax, x[0])
		g.YMin, g.YMax = math.Min(g.YMin, x[1]), math.Max(g.YMax, x[1])
	}
	padX, padY := 0.08*(g.XMax-g.XMin)+1e-9, 0.08*(g.YMax-g.YMin)+1e-9
	g.XMin, g.XMax, g.YMin, g.YMax = g.XMin-padX, g.XMax+padX, g.YMin-padY, g.YMax+padY
	if len(d.Features) == 1 {
		g.H = 1
		for c := 0; c < g.W; c++ {
			g.points = append(g.points, []float64{g.XMin + (float64(c)+0.5)/float64(g.W)*(g.XMax-g.XMin)})
		}
		return g
	}
	for r := 0; r < g.H; r++ {
		y := g.YMax - (float64(r)+0.5)/float64(g.H)*(g.YMax-g.YMin)
		for c := 0; c < g.W; c++ {
			g.points = append(g.points, []float64{g.XMin + (float64(c)+0.5)/float64(g.W)*(g.XMax-g.XMin), y})
		}
	}
	return g
}

// gridEvery is how often a lane re-evaluates its model over the grid while
// it trains: often enough to watch the boundary move.
const gridEvery = 120 * time.Millisecond

// startFitRace starts one Fit per optimizer on spec.Task.
func startFitRace(spec raceSpec, paused bool) (*race, error) {
	if len(spec.Runs) == 0 {
		return nil, fmt.Errorf("a race needs at least one optimizer")
	}
	d, err := makeData(*spec.Task)
	if err != nil {
		return nil, err
	}
	if n := trainRows(len(d.X), spec.Task.Test); spec.Task.Test > 0 && (n == 0 || n == len(d.X)) {
		return nil, fmt.Errorf("a test split of %g leaves nothing to train or test on", spec.Task.Test)
	}
	opts := make([]optim.Optimizer, len(spec.Runs))
	for i, rs := range spec.Runs {
		if opts[i], err = rs.build(); err != nil {
			return nil, fmt.Errorf("run %d (%s): %v", i+1, rs.Kind, err)
		}
	}
	g := gridFor(d)
	ctx, cancel := context.WithCancel(context.Background())
	r := &race{cancel: cancel}
	r.paused.Store(paused)
	for i, opt := range opts {
		if err := r.startFitLane(ctx, *spec.Task, d, g, opt, spec.Steps, spec.Speed); err != nil {
			cancel()
			return nil, fmt.Errorf("run %d (%s): %v", i+1, spec.Runs[i].Kind, err)
		}
	}
	return r, nil
}

// startFitLane builds one lane's model and starts its goroutine.
func (r *race) startFitLane(ctx context.Context, t task, d *data.Dataset, g *grid, opt optim.Optimizer, epochs, speed int) error {
	m, err := newModel(t, len(d.Features), opt)
	if err != nil {
		return err
	}
	l := newLane()
	r.lanes = append(r.lanes, l)
	batch := t.Batch
	if batch == 0 {
		batch = trainRows(len(d.X), t.Test)
	}
	l.evaluate(m, g) // the untrained model's picture, before any step
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		p := &pacer{speed: speed}
		defer p.stop()
		step := 0
		cfg := nn.FitConfig{Epochs: epochs, BatchSize: batch, Shuffle: true, Seed: fitSeed, ValidationSplit: t.Test,
			OnEvent: func(e nn.Event) {
				switch e.Kind {
				case nn.BatchEnd:
					step++
					l.rec.Add(train.Point{Step: step, Loss: e.BatchLoss})
					// The picture before the count: a screen that sees
					// step n also sees the model after batch n.
					if time.Since(l.lastGrid()) >= gridEvery || r.paused.Load() {
						l.evaluate(m, g)
					}
					l.steps.Store(int64(step))
					l.gate(ctx, r, p)
				case nn.EpochEnd:
					l.setMetrics(e.Names, e.Values)
				}
			}}
		l.gate(ctx, r, p) // the first batch waits like every other
		h, err := m.Fit(ctx, d.X, d.Y, cfg)
		if h != nil && h.Status != nn.Diverged {
			l.evaluate(m, g) // the final picture
		}
		switch {
		case err != nil && h == nil:
			l.finish(train.Diverged, err.Error())
		case h.Status == nn.Diverged:
			l.finish(train.Diverged, "diverged: "+h.Detail+" (the learning rate is probably too large)")
		case h.Status == nn.Canceled:
			l.finish(train.Canceled, "")
		default:
			l.finish(train.OK, "")
		}
	}()
	return nil
}

// evaluate runs the model over the grid and keeps the outputs. It runs on
// the lane's own goroutine, between batches, so it never races Fit.
func (l *lane) evaluate(m *nn.Sequential, g *grid) {
	if g == nil {
		return
	}
	out, err := m.Predict(g.points)
	if err != nil {
		return
	}
	vals := make([]float64, len(out))
	for i, o := range out {
		vals[i] = o[0]
	}
	l.mu.Lock()
	l.grid, l.gridAt = vals, time.Now()
	l.mu.Unlock()
}

func (l *lane) lastGrid() time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.gridAt
}

// Grid returns the model's latest outputs over the picture's grid (nil
// before the first evaluation). The slice is never written again.
func (l *lane) Grid() []float64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.grid
}

// setMetrics keeps the latest epoch's values, e.g. loss and accuracy.
func (l *lane) setMetrics(names []string, values []float64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.metricNames = append(l.metricNames[:0], names...)
	l.metricValues = append(l.metricValues[:0], values...)
}

// Metric returns the latest epoch's value of name, if there is one.
func (l *lane) Metric(name string) (float64, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, n := range l.metricNames {
		if n == name && i < len(l.metricValues) {
			return l.metricValues[i], true
		}
	}
	return 0, false
}

// A pacer spreads a lane's steps over time at speed steps per second.
type pacer struct {
	speed int
	owed  float64
	last  time.Time
	t     *time.Ticker
}

func (p *pacer) stop() {
	if p.t != nil {
		p.t.Stop()
	}
}

// gate returns when the lane may take its next step: at once when running
// unpaced, after its share of time when paced, and, while the race is
// paused, only for a single step or a resume. It blocks the training
// goroutine, never the UI.
func (l *lane) gate(ctx context.Context, r *race, p *pacer) {
	for ctx.Err() == nil {
		if r.paused.Load() {
			if l.stepReq.Load() > 0 {
				l.stepReq.Add(-1)
				return
			}
			select {
			case <-ctx.Done():
			case <-l.wake:
			}
			p.last = time.Now()
			continue
		}
		if p.speed <= 0 {
			return
		}
		if p.owed >= 1 {
			p.owed--
			return
		}
		if p.t == nil {
			p.t = time.NewTicker(paceEvery)
			p.last = time.Now()
		}
		select {
		case <-ctx.Done():
		case <-l.wake:
		case now := <-p.t.C:
			p.owed += float64(p.speed) * now.Sub(p.last).Seconds()
			p.last = now
		}
	}
}
