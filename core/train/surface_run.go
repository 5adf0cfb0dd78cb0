package train

import (
	"context"
	"fmt"
	"math"

	"descent/core/num"
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

	// base is max(|start loss|, 1): growth is measured against it.
	base        float64
	growth      float64 // the largest |loss| / base so far
	growthLimit float64 // 0: none (see SetGrowthLimit)
}

// NewSurfaceRun places the optimizer at start. The optimizer's state is reset
// so a run always begins fresh.
func NewSurfaceRun(s *surface.Surface, opt optim.Optimizer, start surface.Point) (*SurfaceRun, error) {
	if s == nil || opt == nil {
		return nil, fmt.Errorf("a run needs a surface and an optimizer")
	}
	loss := s.Value(start.X, start.Y)
	if !finite(start.X) || !finite(start.Y) || !finite(loss) {
		return nil, fmt.Errorf("start (%s, %s) must be finite with a finite loss", num.G(start.X), num.G(start.Y))
	}
	opt.Reset()
	base := math.Max(math.Abs(loss), 1)
	return &SurfaceRun{
		surface: s,
		opt:     opt,
		params:  []float64{start.X, start.Y},
		grad:    make([]float64, 2),
		current: Point{Step: 0, X: start.X, Y: start.Y, Loss: loss},
		status:  Running,
		base:    base,
		growth:  math.Abs(loss) / base,
	}, nil
}

// SetGrowthLimit makes the run end as Diverged once |loss| passes factor ×
// max(|start loss|, 1): a run whose loss grew a trillion-fold is diverging
// even while the numbers stay finite. 0 (the default) sets no limit, and
// a run diverges only when a value stops being finite.
func (r *SurfaceRun) SetGrowthLimit(factor float64) { r.growthLimit = factor }

// Growth is the largest |loss| seen so far divided by max(|start loss|, 1):
// above 1e6 a run that has not diverged is probably on its way.
func (r *SurfaceRun) Growth() float64 { return r.growth }

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
	gx, gy := r.surface.Gradient(r.params[0], r.params[1])
	r.grad[0], r.grad[1] = gx, gy
	r.opt.Step(r.params, r.grad)
	x, y := r.params[0], r.params[1]
	next := Point{Step: r.current.Step + 1, X: x, Y: y, Loss: r.surface.Value(x, y)}
	if !finite(x) || !finite(y) || !finite(next.Loss) {
		r.status = Diverged
		r.reason = divergenceReason(r.surface, r.opt, next, gx, gy)
		r.params[0], r.params[1] = r.current.X, r.current.Y
		return r.current, false
	}
	r.growth = math.Max(r.growth, math.Abs(next.Loss)/r.base)
	if r.growthLimit > 0 && math.Abs(next.Loss) > r.growthLimit*r.base {
		r.status = Diverged
		r.reason = growthReason(r.surface, next, r.current.Step, r.growthLimit, r.base)
		r.current = next // finite: the last point shows how far it went
		return next, false
	}
	r.current = next
	return next, true
}

// divergenceReason says in one line what stopped being finite and why,
// when the why is known: a division by a zero denominator (an adaptive
// optimizer with ε = 0 where the squared gradient is 0 or underflows), a
// surface with no minimum, or, most often, a learning rate too large.
// Values are named in words, never printed as NaN or Inf.
func divergenceReason(s *surface.Surface, opt optim.Optimizer, p Point, gx, gy float64) string {
	what, value := "the loss", p.Loss
	switch {
	case !finite(p.X):
		what, value = "x", p.X
	case !finite(p.Y):
		what, value = "y", p.Y
	}
	became := "became infinite"
	if math.IsNaN(value) {
		became = "stopped being a number"
	}
	cause := "the learning rate is probably too large for this surface"
	eps, hasEps := hyperparameter(opt, "eps")
	switch {
	case !finite(gx) || !finite(gy):
		cause = "the gradient overflowed at the previous point, far out on the surface; the learning rate is probably too large"
	case hasEps && eps == 0 && what != "the loss":
		g := math.Max(math.Abs(gx), math.Abs(gy))
		cause = fmt.Sprintf("division by zero: with ε = 0 the denominator is the root of the squared-gradient average alone, and it underflowed to 0 (|g| = %s here); set --eps above 0 (1e-8 is usual)", num.G(g))
	case s.Name == "saddle" && math.IsInf(p.Loss, -1) && finite(p.X) && finite(p.Y):
		cause = "this surface has no minimum: the optimizer escaped downhill for good"
	}
	return fmt.Sprintf("diverged at step %d: %s %s (%s)", p.Step, what, became, cause)
}

// growthReason explains a run stopped by its growth limit.
func growthReason(s *surface.Surface, p Point, from int, limit, base float64) string {
	if p.Loss < 0 && (s.Name == "saddle" || len(s.Minima) == 0) {
		return fmt.Sprintf("diverged at step %d: the loss fell below −%s × its start (to %s; this surface has no minimum: the optimizer escaped downhill for good)",
			p.Step, num.G(limit), num.G(p.Loss))
	}
	return fmt.Sprintf("diverged at step %d: the loss passed %s × its start (%s from %s; the learning rate is probably too large for this surface)",
		p.Step, num.G(limit), num.G(p.Loss), num.G(base))
}

// hyperparameter returns the optimizer's numeric hyperparameter name.
func hyperparameter(opt optim.Optimizer, name string) (float64, bool) {
	for _, h := range opt.Hyperparameters() {
		if h.Name == name {
			v, ok := h.Value.(float64)
			return v, ok
		}
	}
	return 0, false
}

// A Trace is a whole run: every point from the start, and how it ended.
type Trace struct {
	Points []Point
	Status Status
	Reason string // one line when Status is Diverged or Canceled
	// Growth is the largest |loss| over max(|start loss|, 1) (see
	// SurfaceRun.Growth).
	Growth float64
}

// TraceOptions adjust RunTraceWith.
type TraceOptions struct {
	// GrowthLimit, when above 0, ends the run as Diverged once the loss
	// grows past it times its start (see SurfaceRun.SetGrowthLimit).
	GrowthLimit float64
}

// RunTrace runs opt on s from start for steps steps, keeping every point.
// It stops early, with the points so far, if the run diverges or ctx is
// canceled.
func RunTrace(ctx context.Context, s *surface.Surface, opt optim.Optimizer, start surface.Point, steps int) (Trace, error) {
	return RunTraceWith(ctx, s, opt, start, steps, TraceOptions{})
}

// RunTraceWith is RunTrace with options.
func RunTraceWith(ctx context.Context, s *surface.Surface, opt optim.Optimizer, start surface.Point, steps int, o TraceOptions) (Trace, error) {
	if steps < 0 || steps > MaxSteps {
		return Trace{}, fmt.Errorf("steps must be in [0, %d], got %d", MaxSteps, steps)
	}
	run, err := NewSurfaceRun(s, opt, start)
	if err != nil {
		return Trace{}, err
	}
	run.SetGrowthLimit(o.GrowthLimit)
	points := make([]Point, 1, min(steps+1, 1<<16)) // grows as needed
	points[0] = run.Current()
	for i := 0; i < steps; i++ {
		if i%1024 == 0 && ctx.Err() != nil {
			run.Finish(Canceled)
			return Trace{Points: points, Status: Canceled, Reason: "canceled at step " + fmt.Sprint(run.Current().Step), Growth: run.Growth()}, nil
		}
		p, ok := run.Step()
		if !ok {
			if p != points[len(points)-1] {
				points = append(points, p) // the finite point that passed the growth limit
			}
			return Trace{Points: points, Status: run.Status(), Reason: run.Reason(), Growth: run.Growth()}, nil
		}
		points = append(points, p)
	}
	run.Finish(OK)
	return Trace{Points: points, Status: OK, Growth: run.Growth()}, nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
