package lab

import (
	"context"
	"fmt"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
)

// This file is the lab's engine: the optimizers racing each other, one
// goroutine per run, each stepping its own train.SurfaceRun (or training
// its own network, fit.go) and writing into its own bounded Recorder. The
// screen never waits for it: it flips atomic flags, sends on buffered
// channels without blocking, and reads Recorder snapshots on a tick.
//
// (The other race in the workbook, the learner's optimizer against the
// reference one, is the exercises screen's, in package tui.)

// recorderSize bounds each run's history: enough for a curve as wide as any
// terminal, small enough to copy on every tick.
const recorderSize = 2048

// A RunSpec is one optimizer with its hyperparameters, and optionally a
// learning-rate schedule and gradient clipping.
type RunSpec struct {
	Kind   string
	Values map[string]float64
	// Schedule is a kind from optim.ScheduleKinds; "" or "constant" is
	// none. Its lr is the optimizer's; SchedValues holds the rest.
	Schedule    string
	SchedValues map[string]float64
	// Clip is "none" (or ""), "value" or "norm", with its limit.
	Clip      string
	ClipLimit float64
}

// build makes the run's optimizer, schedule and clipping, checked.
func (rs RunSpec) build() (optim.Optimizer, error) {
	opt, err := optim.New(rs.Kind, rs.Values)
	if err != nil {
		return nil, err
	}
	t := &tuned{Optimizer: opt}
	if rs.Schedule != "" && rs.Schedule != "constant" {
		vals := map[string]float64{"lr": opt.LearningRate()}
		for k, v := range rs.SchedValues {
			vals[k] = v
		}
		if t.schedule, err = optim.NewSchedule(rs.Schedule, vals); err != nil {
			return nil, err
		}
	}
	if rs.Clip != "" && rs.Clip != "none" {
		if t.clip, err = optim.NewClip(rs.Clip, rs.ClipLimit); err != nil {
			return nil, err
		}
	}
	if t.schedule == nil && t.clip.Kind() == "none" {
		return opt, nil
	}
	return t, nil
}

// tuned is an optimizer with a schedule (which sets its learning rate
// before each step) and clipping (applied to a copy of the gradient, since
// Step must not change the gradient it is given).
type tuned struct {
	optim.Optimizer
	schedule optim.Schedule
	clip     optim.Clip
	step     int
	buf      []float64
}

func (t *tuned) Step(params, grad []float64) {
	if t.schedule != nil {
		optim.Apply(t.Optimizer, t.schedule, t.step)
	}
	t.step++
	if t.clip.Kind() != "none" {
		t.buf = append(t.buf[:0], grad...)
		t.clip.Apply(t.buf)
		grad = t.buf
	}
	t.Optimizer.Step(params, grad)
}

func (t *tuned) Reset() {
	t.step = 0
	t.Optimizer.Reset()
}

// A raceSpec is everything a race needs to start: a surface and a start,
// or (when Task is set) a dataset and a model.
type raceSpec struct {
	Surface *surface.Surface
	Start   surface.Point
	Steps   int // budget per run (epochs, with a Task)
	Speed   int // steps per second per run; 0 means as fast as possible
	Runs    []RunSpec
	Task    *task
}

// A race is a set of lanes started together. Reset a race by canceling it
// and starting a new one: the old goroutines exit on their own, and share
// nothing with the new ones.
type race struct {
	cancel context.CancelFunc
	paused atomic.Bool
	lanes  []*lane
	wg     sync.WaitGroup
}

// A lane is one optimizer's run. The goroutine owns the run; everything
// the screen reads goes through the Recorder, atomics, or mu.
type lane struct {
	rec     *train.Recorder
	wake    chan struct{} // capacity 1: a non-blocking nudge
	stepReq atomic.Int64  // single steps asked for while paused
	steps   atomic.Int64

	mu           sync.Mutex
	status       train.Status
	reason       string
	metricNames  []string  // dataset mode: the latest epoch's metrics
	metricValues []float64 //
	grid         []float64 // dataset mode: the model's output over the picture's grid
	gridAt       time.Time // when grid was last computed
}

func newLane() *lane {
	return &lane{rec: train.NewRecorder(recorderSize), wake: make(chan struct{}, 1), status: train.Running}
}

// startRace builds every optimizer first (so a bad hyperparameter is
// reported before anything runs), then starts one goroutine per run. If
// paused is true the lanes wait for resume or single steps.
func startRace(spec raceSpec, paused bool) (*race, error) {
	if spec.Task != nil {
		return startFitRace(spec, paused)
	}
	if spec.Surface == nil || len(spec.Runs) == 0 {
		return nil, fmt.Errorf("a race needs a surface and at least one optimizer")
	}
	runs := make([]*train.SurfaceRun, len(spec.Runs))
	for i, rs := range spec.Runs {
		opt, err := rs.build()
		if err != nil {
			return nil, fmt.Errorf("run %d (%s): %v", i+1, rs.Kind, err)
		}
		run, err := train.NewSurfaceRun(spec.Surface, opt, spec.Start)
		if err != nil {
			return nil, fmt.Errorf("run %d (%s): %v", i+1, rs.Kind, err)
		}
		runs[i] = run
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &race{cancel: cancel}
	r.paused.Store(paused)
	for _, run := range runs {
		l := newLane()
		l.rec.Add(run.Current())
		r.lanes = append(r.lanes, l)
		r.wg.Add(1)
		go func() {
			defer r.wg.Done()
			l.loop(ctx, r, run, spec.Steps, spec.Speed)
		}()
	}
	return r, nil
}

// Stop cancels every lane. It does not wait.
func (r *race) Stop() { r.cancel() }

// wait blocks until every goroutine has exited (tests and benchmarks only).
func (r *race) wait() { r.wg.Wait() }

// SetPaused pauses or resumes every lane.
func (r *race) SetPaused(p bool) {
	r.paused.Store(p)
	if !p {
		r.nudge()
	}
}

// StepOnce asks every running lane for one more step (meant while paused).
func (r *race) StepOnce() {
	for _, l := range r.lanes {
		l.stepReq.Add(1)
	}
	r.nudge()
}

func (r *race) nudge() {
	for _, l := range r.lanes {
		select {
		case l.wake <- struct{}{}:
		default: // a nudge is already pending
		}
	}
}

// Done reports whether every lane has stopped.
func (r *race) Done() bool {
	for _, l := range r.lanes {
		if s, _ := l.Status(); s == train.Running {
			return false
		}
	}
	return true
}

// Status returns how the lane stands and, when it diverged, why.
func (l *lane) Status() (train.Status, string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.status, l.reason
}

func (l *lane) finish(s train.Status, reason string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.status == train.Running {
		l.status, l.reason = s, reason
	}
}

// paceEvery is how often a paced lane wakes to take its share of steps.
const paceEvery = 16 * time.Millisecond

// batch is how many steps an unpaced lane takes between checks of ctx and
// the pause flag.
const batch = 256

func (l *lane) loop(ctx context.Context, r *race, run *train.SurfaceRun, budget, speed int) {
	var tick <-chan time.Time
	if speed > 0 {
		t := time.NewTicker(paceEvery)
		defer t.Stop()
		tick = t.C
	}
	owed := 0.0 // paced steps earned but not yet taken
	last := time.Now()
	for {
		done := int(l.steps.Load())
		switch {
		case ctx.Err() != nil:
			run.Finish(train.Canceled)
			l.finish(train.Canceled, "")
			return
		case done >= budget:
			run.Finish(train.OK)
			l.finish(train.OK, "")
			return
		}
		if r.paused.Load() {
			if l.stepReq.Load() > 0 {
				l.stepReq.Add(-1)
				if !l.advance(run, 1, budget) {
					return
				}
				continue
			}
			select {
			case <-ctx.Done():
			case <-l.wake:
			}
			last = time.Now()
			continue
		}
		n := batch
		if tick != nil {
			select {
			case <-ctx.Done():
				continue
			case <-l.wake:
				continue
			case now := <-tick:
				owed += float64(speed) * now.Sub(last).Seconds()
				last = now
				n = int(owed)
				owed -= float64(n)
			}
		}
		if !l.advance(run, n, budget) {
			return
		}
	}
}

// advance takes up to n steps; it returns false when the run diverged.
//
// The Recorder keeps about one point in every count/recorderSize anyway, so
// on long runs the lane hands it only every sub-th point (sub a power of two
// well below the Recorder's own stride) and always the batch's last one:
// the curve is the same and the lane skips most of the Recorder's locking.
func (l *lane) advance(run *train.SurfaceRun, n, budget int) bool {
	done := l.steps.Load()
	sub := int64(1)
	for sub*4*recorderSize <= done {
		sub *= 2
	}
	var p train.Point
	pending := false
	for i := 0; i < n && done < int64(budget); i++ {
		var ok bool
		p, ok = run.Step()
		if !ok {
			if pending {
				l.rec.Add(p) // p is the last finite point
			}
			l.steps.Store(done)
			l.finish(run.Status(), run.Reason())
			return false
		}
		done++
		pending = true
		if done%sub == 0 {
			l.rec.Add(p)
			pending = false
		}
	}
	if pending {
		l.rec.Add(p)
	}
	l.steps.Store(done)
	return true
}

// finite reports whether v is neither NaN nor ±Inf.
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
