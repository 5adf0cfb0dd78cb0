package tui

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
)

// This file is the lab's engine: one goroutine per optimizer, each stepping
// its own train.SurfaceRun and writing into its own bounded Recorder. The
// screen never waits for it: it flips atomic flags, sends on buffered
// channels without blocking, and reads Recorder snapshots on a tick.

// recorderSize bounds each run's history: enough for a curve as wide as any
// terminal, small enough to copy on every tick.
const recorderSize = 2048

// A labRunSpec is one optimizer with its hyperparameters.
type labRunSpec struct {
	Kind   string
	Values map[string]float64
}

// A labRaceSpec is everything a race needs to start: a surface, or (when
// Task is set) a dataset and model.
type labRaceSpec struct {
	Surface *surface.Surface
	Start   surface.Point
	Steps   int // budget per run (epochs, with a Task)
	Speed   int // steps per second per run; 0 means as fast as possible
	Runs    []labRunSpec
	Task    *labTask
}

// A race is a set of lanes started together. Reset a race by canceling it
// and starting a new one: the old goroutines exit on their own, and share
// nothing with the new ones.
type labRace struct {
	cancel context.CancelFunc
	paused atomic.Bool
	lanes  []*labLane
	wg     sync.WaitGroup
}

// A lane is one optimizer's run. The goroutine owns run; everything the
// screen reads goes through the Recorder, atomics, or mu.
type labLane struct {
	rec     *train.Recorder
	wake    chan struct{} // capacity 1: a non-blocking nudge
	stepReq atomic.Int64  // single steps asked for while paused
	steps   atomic.Int64

	mu           sync.Mutex
	status       train.Status
	reason       string
	metricNames  []string // dataset mode: the latest epoch's metrics
	metricValues []float64
}

// startLabRace builds every optimizer first (so a bad hyperparameter is reported
// before anything runs), then starts one goroutine per run. If paused is
// true the lanes wait for resume or single steps.
func startLabRace(spec labRaceSpec, paused bool) (*labRace, error) {
	if spec.Task != nil {
		return startFitRace(spec, paused)
	}
	if spec.Surface == nil || len(spec.Runs) == 0 {
		return nil, fmt.Errorf("a race needs a surface and at least one optimizer")
	}
	runs := make([]*train.SurfaceRun, len(spec.Runs))
	for i, rs := range spec.Runs {
		opt, err := optim.New(rs.Kind, rs.Values)
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
	r := &labRace{cancel: cancel}
	r.paused.Store(paused)
	for _, run := range runs {
		l := &labLane{rec: train.NewRecorder(recorderSize), wake: make(chan struct{}, 1), status: train.Running}
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

// Stop cancels every labLane. It does not wait.
func (r *labRace) Stop() { r.cancel() }

// wait blocks until every goroutine has exited (tests and benchmarks only).
func (r *labRace) wait() { r.wg.Wait() }

// SetPaused pauses or resumes every labLane.
func (r *labRace) SetPaused(p bool) {
	r.paused.Store(p)
	if !p {
		r.nudge()
	}
}

// StepOnce asks every running lane for one more step (meant while paused).
func (r *labRace) StepOnce() {
	for _, l := range r.lanes {
		l.stepReq.Add(1)
	}
	r.nudge()
}

func (r *labRace) nudge() {
	for _, l := range r.lanes {
		select {
		case l.wake <- struct{}{}:
		default: // a nudge is already pending
		}
	}
}

// Done reports whether every lane has stopped.
func (r *labRace) Done() bool {
	for _, l := range r.lanes {
		if s, _ := l.Status(); s == train.Running {
			return false
		}
	}
	return true
}

// Status returns how the lane stands and, when it diverged, why.
func (l *labLane) Status() (train.Status, string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.status, l.reason
}

func (l *labLane) finish(s train.Status, reason string) {
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

func (l *labLane) loop(ctx context.Context, r *labRace, run *train.SurfaceRun, budget, speed int) {
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
func (l *labLane) advance(run *train.SurfaceRun, n, budget int) bool {
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

// startFitRace starts one Fit per optimizer on spec.Task.
func startFitRace(spec labRaceSpec, paused bool) (*labRace, error) {
	if len(spec.Runs) == 0 {
		return nil, fmt.Errorf("a race needs at least one optimizer")
	}
	opts := make([]optim.Optimizer, len(spec.Runs))
	for i, rs := range spec.Runs {
		opt, err := optim.New(rs.Kind, rs.Values)
		if err != nil {
			return nil, fmt.Errorf("run %d (%s): %v", i+1, rs.Kind, err)
		}
		opts[i] = opt
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &labRace{cancel: cancel}
	r.paused.Store(paused)
	for i, opt := range opts {
		if err := r.startFitLane(ctx, *spec.Task, opt, spec.Steps, spec.Speed); err != nil {
			cancel()
			return nil, fmt.Errorf("run %d (%s): %v", i+1, spec.Runs[i].Kind, err)
		}
	}
	return r, nil
}
