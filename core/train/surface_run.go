package train

import (
	"context"
	"fmt"
	"math"

	"descent/core/optim"
	"descent/core/surface"
)

// Status says how a run stands or how it ended.
type Status string

const (
	Running  Status = "running"  // still stepping
	OK       Status = "ok"       // finished all its steps
	Diverged Status = "diverged" // a coordinate or the loss stopped being finite
	Canceled Status = "canceled" // stopped from outside
)

// MaxSteps is the most steps one trace may ask for. A trace keeps every
// point (32 bytes each), so this bounds its memory at about 320 MB.
const MaxSteps = 10_000_000

// A Point is one step of a run on a surface: step 0 is the start.
type Point struct {
	Step int     `json:"step"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	Loss float64 `json:"loss"`
}

// A SurfaceRun is one optimizer walking one surface. It is not safe for
// concurrent use: one goroutine steps it (see Recorder for sharing results).
type SurfaceRun struct {
	surface *surface.Surface
	opt     optim.Optimizer
	params  []float64 // [x, y], the optimizer's view
	grad    []float64
	current Point
	status  Status
	reason  string
}

// NewSurfaceRun places the optimizer at start. The optimizer's state is reset
// so a run always begins fresh.
func NewSurfaceRun(s *surface.Surface, opt optim.Optimizer, start surface.Point) (*SurfaceRun, error) {
	if s == nil || opt == nil {
		return nil, fmt.Errorf("a run needs a surface and an optimizer")
	}
	loss := s.Value(start.X, start.Y)
	if !finite(start.X) || !finite(start.Y) || !finite(loss) {
		return nil, fmt.Errorf("start (%g, %g) must be finite with a finite loss", start.X, start.Y)
	}
	opt.Reset()
	return &SurfaceRun{
		surface: s,
		opt:     opt,
		params:  []float64{start.X, start.Y},
		grad:    make([]float64, 2),
		current: Point{Step: 0, X: start.X, Y: start.Y, Loss: loss},
		status:  Running,
	}, nil
}

// Current is the last finite point.
func (r *SurfaceRun) Current() Point { return r.current }

// Status is Running until the run diverges or its owner calls Finish.
func (r *SurfaceRun) Status() Status { return r.status }

// Reason explains a Diverged status in one line; it is empty otherwise.
func (r *SurfaceRun) Reason() string { return r.reason }

// Optimizer is the optimizer this run steps.
func (r *SurfaceRun) Optimizer() optim.Optimizer { return r.opt }

// Surface is the surface this run walks.
func (r *SurfaceRun) Surface() *surface.Surface { return r.surface }

// Finish marks a running run as ended with status s (OK or Canceled).
func (r *SurfaceRun) Finish(s Status) {
	if r.status == Running {
		r.status = s
	}
}

// Step takes one optimizer step and returns the new point. It returns false,
// and leaves the run at its last finite point, once the run has stopped.
func (r *SurfaceRun) Step() (Point, bool) {
	if r.status != Running {
		return r.current, false
	}
	r.grad[0], r.grad[1] = r.surface.Gradient(r.params[0], r.params[1])
	r.opt.Step(r.params, r.grad)
	x, y := r.params[0], r.params[1]
	next := Point{Step: r.current.Step + 1, X: x, Y: y, Loss: r.surface.Value(x, y)}
	if !finite(x) || !finite(y) || !finite(next.Loss) {
		r.status = Diverged
		r.reason = divergenceReason(r.surface, next)
		r.params[0], r.params[1] = r.current.X, r.current.Y
		return r.current, false
	}
	r.current = next
	return next, true
}

// divergenceReason says in one line what went non-finite and the likely cause.
func divergenceReason(s *surface.Surface, p Point) string {
	what := "the loss"
	value := p.Loss
	switch {
	case !finite(p.X):
		what, value = "x", p.X
	case !finite(p.Y):
		what, value = "y", p.Y
	}
	cause := "the learning rate is probably too large for this surface"
	if s.Name == "saddle" && math.IsInf(p.Loss, -1) && finite(p.X) && finite(p.Y) {
		cause = "this surface has no minimum: the optimizer escaped downhill for good"
	}
	return fmt.Sprintf("diverged at step %d: %s became %v (%s)", p.Step, what, value, cause)
}

// A Trace is a whole run: every point from the start, and how it ended.
type Trace struct {
	Points []Point
	Status Status
	Reason string // one line when Status is Diverged or Canceled
}

// RunTrace runs opt on s from start for steps steps, keeping every point.
// It stops early, with the points so far, if the run diverges or ctx is
// canceled.
func RunTrace(ctx context.Context, s *surface.Surface, opt optim.Optimizer, start surface.Point, steps int) (Trace, error) {
	if steps < 0 || steps > MaxSteps {
		return Trace{}, fmt.Errorf("steps must be in [0, %d], got %d", MaxSteps, steps)
	}
	run, err := NewSurfaceRun(s, opt, start)
	if err != nil {
		return Trace{}, err
	}
	points := make([]Point, 1, min(steps+1, 1<<16)) // grows as needed
	points[0] = run.Current()
	for i := 0; i < steps; i++ {
		if i%1024 == 0 && ctx.Err() != nil {
			run.Finish(Canceled)
			return Trace{Points: points, Status: Canceled, Reason: "canceled at step " + fmt.Sprint(run.Current().Step)}, nil
		}
		p, ok := run.Step()
		if !ok {
			return Trace{Points: points, Status: run.Status(), Reason: run.Reason()}, nil
		}
		points = append(points, p)
	}
	run.Finish(OK)
	return Trace{Points: points, Status: OK}, nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
