package optim_test

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"descent/core/optim"
)

func TestSchedulesAtKnownSteps(t *testing.T) {
	cases := []struct {
		kind   string
		values map[string]float64
		rates  map[int]float64 // step → η
	}{
		{"constant", map[string]float64{"lr": 0.1}, map[int]float64{0: 0.1, 1: 0.1, 1000: 0.1}},
		{"step", map[string]float64{"lr": 0.1, "step_size": 10, "gamma": 0.5},
			map[int]float64{0: 0.1, 9: 0.1, 10: 0.05, 19: 0.05, 25: 0.025}},
		{"exponential", map[string]float64{"lr": 1, "gamma": 0.9}, map[int]float64{0: 1, 1: 0.9, 2: 0.81, 10: math.Pow(0.9, 10)}},
		{"inverse_time", map[string]float64{"lr": 1, "decay_rate": 1, "decay_steps": 10},
			map[int]float64{0: 1, 10: 0.5, 30: 0.25}},
		// cos(π/4) = 0.7071068: 0.1 + 0.45·1.7071068 = 0.8681981
		{"cosine", map[string]float64{"lr": 1, "min_lr": 0.1, "total_steps": 100},
			map[int]float64{0: 1, 25: 0.1 + 0.45*(1+math.Sqrt(0.5)), 50: 0.55, 100: 0.1, 500: 0.1}},
		// peak at step 3; then the cosine runs 100 steps, from step 3 to step 103
		{"warmup_cosine", map[string]float64{"lr": 1, "min_lr": 0, "warmup_steps": 4, "total_steps": 103},
			map[int]float64{0: 0.25, 1: 0.5, 2: 0.75, 3: 1, 4: 0.5 * (1 + math.Cos(math.Pi/100)), 53: 0.5, 103: 0, 1000: 0}},
	}
	for _, c := range cases {
		s, err := optim.NewSchedule(c.kind, c.values)
		if err != nil {
			t.Fatalf("%s: %v", c.kind, err)
		}
		for step, want := range c.rates {
			if got := s.Rate(step); math.Abs(got-want) > 1e-12 {
				t.Errorf("%s: Rate(%d) = %.12g, want %.12g", c.kind, step, got, want)
			}
		}
		if got := s.Rate(-5); got != s.Rate(0) {
			t.Errorf("%s: Rate(-5) = %g, want Rate(0) = %g", c.kind, got, s.Rate(0))
		}
	}
}

func TestTypedScheduleConstructorsMatchNewSchedule(t *testing.T) {
	pairs := []struct {
		typed  func() (optim.Schedule, error)
		kind   string
		values map[string]float64
	}{
		{func() (optim.Schedule, error) { return optim.NewConstant(0.1) }, "constant", map[string]float64{"lr": 0.1}},
		{func() (optim.Schedule, error) { return optim.NewStepDecay(0.1, 10, 0.5) }, "step", map[string]float64{"lr": 0.1, "step_size": 10, "gamma": 0.5}},
		{func() (optim.Schedule, error) { return optim.NewExponential(0.1, 0.9) }, "exponential", map[string]float64{"lr": 0.1, "gamma": 0.9}},
		{func() (optim.Schedule, error) { return optim.NewInverseTime(0.1, 2, 5) }, "inverse_time", map[string]float64{"lr": 0.1, "decay_rate": 2, "decay_steps": 5}},
		{func() (optim.Schedule, error) { return optim.NewCosine(0.1, 0.01, 50) }, "cosine", map[string]float64{"lr": 0.1, "min_lr": 0.01, "total_steps": 50}},
		{func() (optim.Schedule, error) { return optim.NewWarmupCosine(0.1, 0, 5, 50) }, "warmup_cosine", map[string]float64{"lr": 0.1, "warmup_steps": 5, "total_steps": 50}},
	}
	for _, p := range pairs {
		a, err := p.typed()
		if err != nil {
			t.Fatalf("%s: %v", p.kind, err)
		}
		b, _ := optim.NewSchedule(p.kind, p.values)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: typed %#v, by name %#v", p.kind, a, b)
		}
	}
}

func TestNewScheduleRejectsBadInput(t *testing.T) {
	cases := []struct {
		kind   string
		values map[string]float64
		want   string
	}{
		{"linear", nil, `unknown schedule "linear" (valid: constant, step, exponential, inverse_time, cosine, warmup_cosine)`},
		{"cosine", map[string]float64{"gamma": 0.5}, "the cosine schedule does not use gamma (it takes lr, min_lr, total_steps)"},
		{"constant", map[string]float64{"lr": 0}, "lr must be in (0, ∞), got 0"},
		{"step", map[string]float64{"step_size": 0}, "step_size must be in [1, 1e+09], got 0"},
		{"step", map[string]float64{"step_size": 2.5}, "step_size counts steps and must be a whole number in [1, 1e+09], got 2.5"},
		{"step", map[string]float64{"gamma": 0}, "gamma must be in (0, 1], got 0"},
		{"exponential", map[string]float64{"gamma": 1.5}, "gamma must be in (0, 1], got 1.5"},
		{"inverse_time", map[string]float64{"decay_rate": -1}, "decay_rate must be in [0, ∞), got -1"},
		{"inverse_time", map[string]float64{"decay_steps": math.NaN()}, "decay_steps must be a finite number in [1, 1e+09], got NaN"},
		{"cosine", map[string]float64{"lr": 0.1, "min_lr": 0.2}, "min_lr must be in [0, lr] = [0, 0.1], got 0.2"},
		{"cosine", map[string]float64{"total_steps": 1e10}, "total_steps must be in [1, 1e+09], got 1e+10"},
		{"warmup_cosine", map[string]float64{"warmup_steps": 100, "total_steps": 100}, "total_steps must be more than warmup_steps (100), got 100"},
	}
	for _, c := range cases {
		_, err := optim.NewSchedule(c.kind, c.values)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("NewSchedule(%q, %v) error %v\n\twant %q", c.kind, c.values, err, c.want)
		}
	}
	if _, err := optim.NewStepDecay(0.1, 0, 0.5); err == nil {
		t.Error("NewStepDecay with step size 0 succeeded")
	}
}

func TestScheduleKindsAllHaveParams(t *testing.T) {
	for _, kind := range optim.ScheduleKinds() {
		specs, err := optim.ScheduleParams(kind)
		if err != nil || len(specs) == 0 {
			t.Fatalf("%s: %v", kind, err)
		}
		if _, err := optim.NewSchedule(kind, nil); err != nil {
			t.Errorf("%s: defaults rejected: %v", kind, err)
		}
	}
}

// A hand-made literal with a zero step count must not divide by zero.
func TestZeroValueSchedulesDoNotPanic(t *testing.T) {
	for _, s := range []optim.Schedule{optim.StepDecay{LR: 1}, optim.InverseTime{LR: 1}, optim.Cosine{LR: 1}, optim.WarmupCosine{LR: 1}} {
		for _, step := range []int{0, 1, 10} {
			if r := s.Rate(step); math.IsNaN(r) {
				t.Errorf("%#v.Rate(%d) = NaN", s, step)
			}
		}
	}
}

func TestApplySetsTheOptimizersRate(t *testing.T) {
	opt := mustNew(t, "sgd", map[string]float64{"lr": 1})
	s, _ := optim.NewStepDecay(1, 2, 0.5)
	theta := []float64{0}
	var moves []float64
	for step := range 5 {
		optim.Apply(opt, s, step)
		before := theta[0]
		opt.Step(theta, []float64{1})
		moves = append(moves, before-theta[0])
	}
	if want := []float64{1, 1, 0.5, 0.5, 0.25}; !reflect.DeepEqual(moves, want) {
		t.Errorf("steps %v, want %v", moves, want)
	}
}
