// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// A Schedule gives the learning rate for each step, counting from 0. Call
// Apply before each Step so the optimizer uses it.
type Schedule interface {
	Rate(step int) float64
}

// Apply sets opt's learning rate to s's rate at step. A negative step is
// treated as 0.
func Apply(opt Optimizer, s Schedule, step int) {
	opt.SetLearningRate(s.Rate(max(step, 0)))
}

// The schedule types below have exported fields so a chapter can show
// them; build them with the New… constructors, which check the values. A
// zero or negative step count in a hand-made literal is treated as 1, so
// Rate never divides by zero.

// Constant is η at every step.
type Constant struct{ LR float64 }

func (s Constant) Rate(int) float64 { return s.LR }

// StepDecay multiplies η by γ every StepSize steps (PyTorch's StepLR):
//
//	ηₜ = η·γ^⌊t/StepSize⌋
type StepDecay struct {
	LR       float64
	StepSize int
	Gamma    float64
}

func (s StepDecay) Rate(step int) float64 {
	return s.LR * math.Pow(s.Gamma, float64(max(step, 0)/max(s.StepSize, 1)))
}

// Exponential multiplies η by γ every step (PyTorch's ExponentialLR,
// stepped once per optimizer step):
//
//	ηₜ = η·γᵗ
//
// Keras's ExponentialDecay spreads it over decay_steps, η·γ^(t/decay_steps):
// pick γ = rate^(1/decay_steps) here to match.
type Exponential struct {
	LR    float64
	Gamma float64
}

func (s Exponential) Rate(step int) float64 { return s.LR * math.Pow(s.Gamma, float64(max(step, 0))) }

// InverseTime shrinks η like 1/t (Keras's InverseTimeDecay, not staircase):
//
//	ηₜ = η/(1 + DecayRate·t/DecaySteps)
type InverseTime struct {
	LR         float64
	DecayRate  float64
	DecaySteps int
}

func (s InverseTime) Rate(step int) float64 {
	return s.LR / (1 + s.DecayRate*float64(max(step, 0))/float64(max(s.DecaySteps, 1)))
}

// Cosine anneals η to a floor along half a cosine over TotalSteps steps
// (Loshchilov & Hutter 2017 without restarts; PyTorch's CosineAnnealingLR
// with T_max = TotalSteps), then stays at the floor:
//
//	ηₜ = η_min + ½·(η − η_min)·(1 + cos(π·t/T))   for t ≤ T,   η_min after
type Cosine struct {
	LR         float64
	MinLR      float64
	TotalSteps int
}

func (s Cosine) Rate(step int) float64 {
	total := max(s.TotalSteps, 1)
	t := min(max(step, 0), total)
	return s.MinLR + 0.5*(s.LR-s.MinLR)*(1+math.Cos(math.Pi*float64(t)/float64(total)))
}

// WarmupCosine ramps η up linearly over WarmupSteps steps, reaching η at
// step W − 1, then anneals it along a cosine to MinLR at TotalSteps:
//
//	ηₜ = η·(t + 1)/W                                             for t < W
//	ηₜ = η_min + ½·(η − η_min)·(1 + cos(π·(t − W + 1)/(T − W + 1)))   for W − 1 ≤ t ≤ T,  η_min after
//
// The ramp starts at η/W, not 0, so the first step moves, and the peak
// lasts one step. Hugging Face's get_cosine_schedule_with_warmup ramps
// with t/W instead, so its step 0 has η = 0 and its peak is at step W.
type WarmupCosine struct {
	LR          float64
	MinLR       float64
	WarmupSteps int
	TotalSteps  int
}

func (s WarmupCosine) Rate(step int) float64 {
	t := max(step, 0)
	warmup := max(s.WarmupSteps, 1)
	if t < warmup-1 {
		return s.LR * float64(t+1) / float64(warmup)
	}
	// The cosine starts at the peak, step W − 1.
	return Cosine{LR: s.LR, MinLR: s.MinLR, TotalSteps: s.TotalSteps - warmup + 1}.Rate(t - warmup + 1)
}

// Schedule parameter specs. Step counts are capped at a billion so that
// float64 arithmetic on them stays exact and messages stay readable.
const maxScheduleSteps = 1e9

func countSpec(name string, def float64, doc string) ParamSpec {
	return ParamSpec{Name: name, Default: def, Min: 1, Max: maxScheduleSteps, MinInclusive: true, MaxInclusive: true,
		Integer: true, Doc: doc}
}

func gammaSpec(def float64, doc string) ParamSpec {
	return ParamSpec{Name: "gamma", Default: def, Min: 0, Max: 1, MaxInclusive: true, Doc: doc}
}

func minLRSpec() ParamSpec {
	return ParamSpec{Name: "min_lr", Default: 0, Min: 0, Max: inf, MinInclusive: true,
		Doc: "the floor the cosine anneals to (at most lr)"}
}

var scheduleOrder = []string{"constant", "step", "exponential", "inverse_time", "cosine", "warmup_cosine"}

var scheduleSpecs = map[string][]ParamSpec{
	"constant": {lrSpec(0.01)},
	"step": {lrSpec(0.01),
		countSpec("step_size", 100, "multiply the rate by gamma every step_size steps"),
		gammaSpec(0.1, "γ: the factor applied every step_size steps")},
	"exponential": {lrSpec(0.01), gammaSpec(0.99, "γ: the factor applied every step")},
	"inverse_time": {lrSpec(0.01),
		{Name: "decay_rate", Default: 1, Min: 0, Max: inf, MinInclusive: true,
			Doc: "how fast the rate falls: it halves after decay_steps/decay_rate steps"},
		countSpec("decay_steps", 100, "the step scale of the decay")},
	"cosine": {lrSpec(0.01), minLRSpec(),
		countSpec("total_steps", 1000, "steps from lr down to min_lr")},
	"warmup_cosine": {lrSpec(0.01), minLRSpec(),
		countSpec("warmup_steps", 100, "steps of linear ramp from lr/warmup_steps up to lr"),
		countSpec("total_steps", 1000, "the step where the cosine reaches min_lr (more than warmup_steps)")},
}

// ScheduleKinds lists the schedules NewSchedule can build.
func ScheduleKinds() []string { return slices.Clone(scheduleOrder) }

// ScheduleParams lists a schedule kind's parameters with defaults, ranges
// and docs.
func ScheduleParams(kind string) ([]ParamSpec, error) {
	k, err := canonicalSchedule(kind)
	if err != nil {
		return nil, err
	}
	return slices.Clone(scheduleSpecs[k]), nil
}

func canonicalSchedule(kind string) (string, error) {
	k := strings.ToLower(strings.TrimSpace(kind))
	if _, ok := scheduleSpecs[k]; !ok {
		return "", fmt.Errorf("unknown schedule %q (valid: %s)", kind, strings.Join(scheduleOrder, ", "))
	}
	return k, nil
}

// NewSchedule builds a schedule by name from values (missing keys take
// their defaults), checked the way New checks optimizers.
func NewSchedule(kind string, values map[string]float64) (Schedule, error) {
	k, err := canonicalSchedule(kind)
	if err != nil {
		return nil, err
	}
	specs := scheduleSpecs[k]
	names := make([]string, len(specs))
	for i, s := range specs {
		names[i] = s.Name
	}
	var unknown []string
	for name := range values {
		if !slices.Contains(names, name) {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, fmt.Errorf("the %s schedule does not use %s (it takes %s)",
			k, strings.Join(unknown, ", "), strings.Join(names, ", "))
	}
	v := map[string]float64{}
	for _, s := range specs {
		x, ok := values[s.Name]
		if !ok {
			x = s.Default
		}
		if err := s.Check(x); err != nil {
			return nil, err
		}
		v[s.Name] = x
	}
	if v["min_lr"] > v["lr"] {
		return nil, fmt.Errorf("min_lr must be in [0, lr] = [0, %g], got %g", v["lr"], v["min_lr"])
	}
	switch k {
	case "constant":
		return Constant{LR: v["lr"]}, nil
	case "step":
		return StepDecay{LR: v["lr"], StepSize: int(v["step_size"]), Gamma: v["gamma"]}, nil
	case "exponential":
		return Exponential{LR: v["lr"], Gamma: v["gamma"]}, nil
	case "inverse_time":
		return InverseTime{LR: v["lr"], DecayRate: v["decay_rate"], DecaySteps: int(v["decay_steps"])}, nil
	case "cosine":
		return Cosine{LR: v["lr"], MinLR: v["min_lr"], TotalSteps: int(v["total_steps"])}, nil
	}
	if v["total_steps"] <= v["warmup_steps"] {
		return nil, fmt.Errorf("total_steps must be more than warmup_steps (%g), got %g", v["warmup_steps"], v["total_steps"])
	}
	return WarmupCosine{LR: v["lr"], MinLR: v["min_lr"], WarmupSteps: int(v["warmup_steps"]),
		TotalSteps: int(v["total_steps"])}, nil
}

// NewConstant checks lr and returns Constant{lr}.
func NewConstant(lr float64) (Schedule, error) {
	return NewSchedule("constant", map[string]float64{"lr": lr})
}

// NewStepDecay checks its arguments and returns a StepDecay.
func NewStepDecay(lr float64, stepSize int, gamma float64) (Schedule, error) {
	return NewSchedule("step", map[string]float64{"lr": lr, "step_size": float64(stepSize), "gamma": gamma})
}

// NewExponential checks its arguments and returns an Exponential.
func NewExponential(lr, gamma float64) (Schedule, error) {
	return NewSchedule("exponential", map[string]float64{"lr": lr, "gamma": gamma})
}

// NewInverseTime checks its arguments and returns an InverseTime.
func NewInverseTime(lr, decayRate float64, decaySteps int) (Schedule, error) {
	return NewSchedule("inverse_time", map[string]float64{"lr": lr, "decay_rate": decayRate, "decay_steps": float64(decaySteps)})
}

// NewCosine checks its arguments and returns a Cosine.
func NewCosine(lr, minLR float64, totalSteps int) (Schedule, error) {
	return NewSchedule("cosine", map[string]float64{"lr": lr, "min_lr": minLR, "total_steps": float64(totalSteps)})
}

// NewWarmupCosine checks its arguments and returns a WarmupCosine.
func NewWarmupCosine(lr, minLR float64, warmupSteps, totalSteps int) (Schedule, error) {
	return NewSchedule("warmup_cosine", map[string]float64{"lr": lr, "min_lr": minLR,
		"warmup_steps": float64(warmupSteps), "total_steps": float64(totalSteps)})
}
