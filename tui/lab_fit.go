package tui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"descent/core/data"
	"descent/core/loss"
	"descent/core/nn"
	"descent/core/optim"
	"descent/core/train"
)

// The lab's second mode: the same optimizers training the same small
// network on a dataset. Each lane runs nn's Fit on its own goroutine; Fit's
// per-batch event records the batch loss and waits at a gate while the race
// is paused, so pause and single-step work as on a surface (one step is one
// batch).

// A labTask is a dataset with the model and loss that suit it.
type labTask struct {
	Dataset string
	Layers  []labLayer
	Loss    string
	Metric  string // "" for none
}

type labLayer struct {
	Units      int
	Activation string
}

// taskFor picks a model for a built-in dataset: a line for the regression,
// a small tanh network for the 2-D classification sets, a relu one for the
// 100-feature set.
func taskFor(dataset string) labTask {
	switch dataset {
	case "linear":
		return labTask{Dataset: dataset, Layers: []labLayer{{1, "linear"}}, Loss: "mean_squared_error", Metric: "mae"}
	case "binary100":
		return labTask{Dataset: dataset, Layers: []labLayer{{10, "relu"}, {10, "relu"}, {1, "sigmoid"}},
			Loss: "binary_crossentropy", Metric: "accuracy"}
	}
	return labTask{Dataset: dataset, Layers: []labLayer{{8, "tanh"}, {8, "tanh"}, {1, "sigmoid"}},
		Loss: "binary_crossentropy", Metric: "accuracy"}
}

// String describes the model, e.g. "2 → 8 tanh → 8 tanh → 1 sigmoid".
func (t labTask) describe(inputs int) string {
	parts := []string{fmt.Sprint(inputs)}
	for _, l := range t.Layers {
		parts = append(parts, fmt.Sprintf("%d %s", l.Units, l.Activation))
	}
	return strings.Join(parts, " → ") + " · " + t.Loss
}

// fitSeed seeds the data, the initial weights and the shuffling: every
// optimizer starts from the same network and sees the same batches.
const fitSeed = 1

// fitBatch is the batch size (Keras's default).
const fitBatch = 32

// newFitModel builds the task's model and its data, fresh for one lane.
func newFitModel(t labTask, opt optim.Optimizer) (*nn.Sequential, *data.Dataset, error) {
	d, err := data.Generate(t.Dataset, 0, fitSeed)
	if err != nil {
		return nil, nil, err
	}
	layers := make([]*nn.DenseLayer, len(t.Layers))
	for i, l := range t.Layers {
		act, err := nn.ActivationByName(l.Activation)
		if err != nil {
			return nil, nil, err
		}
		layers[i] = nn.Dense(l.Units, act)
	}
	m, err := nn.NewSequential(len(d.Features), fitSeed, layers...)
	if err != nil {
		return nil, nil, err
	}
	lf, err := loss.ByName(t.Loss, nil)
	if err != nil {
		return nil, nil, err
	}
	var metrics []nn.Metric
	if t.Metric != "" {
		mt, err := nn.MetricByName(t.Metric, t.Loss)
		if err != nil {
			return nil, nil, err
		}
		metrics = append(metrics, mt)
	}
	if err := m.Compile(opt, lf, metrics...); err != nil {
		return nil, nil, err
	}
	return m, d, nil
}

// batchesPerEpoch is how many steps one epoch of the task takes.
func batchesPerEpoch(rows int) int { return (rows + fitBatch - 1) / fitBatch }

// startFitLane builds one lane's model and starts its goroutine.
func (r *labRace) startFitLane(ctx context.Context, t labTask, opt optim.Optimizer, epochs, speed int) error {
	m, d, err := newFitModel(t, opt)
	if err != nil {
		return err
	}
	l := &labLane{rec: train.NewRecorder(recorderSize), wake: make(chan struct{}, 1), status: train.Running}
	r.lanes = append(r.lanes, l)
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		p := &pacer{speed: speed}
		defer p.stop()
		step := 0
		cfg := nn.FitConfig{Epochs: epochs, BatchSize: fitBatch, Shuffle: true, Seed: fitSeed,
			OnEvent: func(e nn.Event) {
				switch e.Kind {
				case nn.BatchEnd:
					step++
					l.rec.Add(train.Point{Step: step, Loss: e.BatchLoss})
					l.steps.Store(int64(step))
					l.gate(ctx, r, p)
				case nn.EpochEnd:
					l.setMetrics(e.Names, e.Values)
				}
			}}
		l.gate(ctx, r, p) // the first batch waits like every other
		h, err := m.Fit(ctx, d.X, d.Y, cfg)
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

// setMetrics keeps the latest epoch's values, e.g. loss and accuracy.
func (l *labLane) setMetrics(names []string, values []float64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.metricNames = append(l.metricNames[:0], names...)
	l.metricValues = append(l.metricValues[:0], values...)
}

// Metric returns the latest epoch's value of name, if there is one.
func (l *labLane) Metric(name string) (float64, bool) {
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
func (l *labLane) gate(ctx context.Context, r *labRace, p *pacer) {
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

// datasetInputs is how many features a built-in dataset has (0 if unknown),
// found from a four-row sample.
func datasetInputs(name string) int {
	d, err := data.Generate(name, 4, fitSeed)
	if err != nil {
		return 0
	}
	return len(d.Features)
}
