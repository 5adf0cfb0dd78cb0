package optim_test

import (
	"math"
	"slices"
	"testing"

	"descent/core/optim"
	"descent/core/surface"
)

// Sensible settings for each kind on a 2-D surface.
var tuned = map[string]map[string]float64{
	"sgd":      {"lr": 0.1, "momentum": 0.9, "nesterov": 1},
	"adagrad":  {"lr": 0.5},
	"rmsprop":  {"lr": 0.05, "momentum": 0.5, "centered": 1},
	"adadelta": {"lr": 1, "rho": 0.99, "eps": 1e-2},
	"adam":     {"lr": 0.1},
	"amsgrad":  {"lr": 0.1},
	"adamw":    {"lr": 0.1, "weight_decay": 0.001},
	"adamax":   {"lr": 0.1},
	"nadam":    {"lr": 0.1},
}

// Every optimizer, reasonably set, gets down the quadratic bowl.
func TestEveryKindDescendsTheQuadraticBowl(t *testing.T) {
	s := surface.Quadratic()
	for _, kind := range optim.Kinds() {
		opt := mustNew(t, kind, tuned[kind])
		theta, grad := []float64{-5, -2}, make([]float64, 2)
		start := s.Value(theta[0], theta[1])
		for range 500 {
			grad[0], grad[1] = s.Gradient(theta[0], theta[1])
			opt.Step(theta, grad)
		}
		if end := s.Value(theta[0], theta[1]); !(end < start/100) {
			t.Errorf("%s: f went from %g to %g in 500 steps", kind, start, end)
		}
	}
}

// Reset makes the optimizer behave as if new; Step does not touch grad.
func TestResetStartsOverAndStepLeavesGradAlone(t *testing.T) {
	grads := [][]float64{{1, -2, 0.5}, {0.3, 0.1, -4}, {-1, 1, 2}}
	for _, kind := range optim.Kinds() {
		run := func(opt optim.Optimizer) []float64 {
			theta := []float64{1, 2, 3}
			for _, g := range grads {
				kept := slices.Clone(g)
				opt.Step(theta, g)
				if !slices.Equal(g, kept) {
					t.Errorf("%s: Step changed grad from %v to %v", kind, kept, g)
				}
			}
			return theta
		}
		opt := mustNew(t, kind, tuned[kind])
		first := run(opt)
		opt.Reset()
		if again := run(opt); !slices.Equal(first, again) {
			t.Errorf("%s: after Reset got %v, first run %v", kind, again, first)
		}
		if again := run(mustNew(t, kind, tuned[kind])); !slices.Equal(first, again) {
			t.Errorf("%s: fresh optimizer got %v, first run %v", kind, again, first)
		}
	}
}

// A Step with a new length starts over on fresh state instead of panicking;
// one whose params and grad differ in length changes nothing.
func TestStepHandlesLengthChanges(t *testing.T) {
	for _, kind := range optim.Kinds() {
		opt := mustNew(t, kind, tuned[kind])
		opt.Step([]float64{1, 2}, []float64{0.1, 0.2})
		opt.Step([]float64{1, 2}, []float64{0.1, 0.2})

		grown := []float64{1, 2, 3}
		opt.Step(grown, []float64{0.5, -0.5, 1})
		fresh := []float64{1, 2, 3}
		mustNew(t, kind, tuned[kind]).Step(fresh, []float64{0.5, -0.5, 1})
		if !slices.Equal(grown, fresh) {
			t.Errorf("%s: after growing to 3, got %v, a fresh optimizer gives %v", kind, grown, fresh)
		}

		mismatched := []float64{1, 2, 3}
		opt.Step(mismatched, []float64{1})
		if !slices.Equal(mismatched, []float64{1, 2, 3}) {
			t.Errorf("%s: mismatched lengths changed params to %v", kind, mismatched)
		}
		opt.Step(nil, nil)
		opt.Step([]float64{}, []float64{})
	}
}

// A NaN or ±Inf gradient flows into the parameters, where the training
// loop sees it; coordinates with finite gradients may stay finite.
func TestNonFiniteGradientsPropagate(t *testing.T) {
	for _, kind := range optim.Kinds() {
		for _, bad := range []float64{math.NaN(), math.Inf(1)} {
			opt := mustNew(t, kind, tuned[kind])
			theta := []float64{1, 1}
			opt.Step(theta, []float64{bad, 0.5})
			opt.Step(theta, []float64{0.1, 0.5})
			if !math.IsNaN(theta[0]) && !math.IsInf(theta[0], 0) {
				// Normalizing optimizers turn Inf/Inf into NaN; SGD keeps Inf.
				t.Errorf("%s: gradient %g left θ₀ = %g", kind, bad, theta[0])
			}
		}
	}
}

// With ε = 0, a coordinate whose gradient is and has always been zero
// stays put rather than becoming 0/0 = NaN.
func TestZeroGradientWithZeroEpsStaysFinite(t *testing.T) {
	for _, kind := range []string{"adagrad", "rmsprop", "adam", "amsgrad", "adamw", "adamax", "nadam"} {
		values := map[string]float64{"eps": 0, "weight_decay": 0}
		if kind == "adagrad" {
			values["initial_accumulator"] = 0
		}
		opt := mustNew(t, kind, values)
		theta := []float64{1, 1}
		for range 3 {
			opt.Step(theta, []float64{0, 1})
		}
		if theta[0] != 1 || math.IsNaN(theta[1]) {
			t.Errorf("%s: θ = %v", kind, theta)
		}
	}
}

func TestStepAllocatesNothingAfterTheFirstCall(t *testing.T) {
	theta, grad := make([]float64, 100), make([]float64, 100)
	for i := range grad {
		grad[i] = float64(i%7) - 3
	}
	for _, kind := range optim.Kinds() {
		opt := mustNew(t, kind, tuned[kind])
		opt.Step(theta, grad)
		if n := testing.AllocsPerRun(100, func() { opt.Step(theta, grad) }); n != 0 {
			t.Errorf("%s: %g allocations per Step", kind, n)
		}
		opt.Reset()
		if n := testing.AllocsPerRun(10, func() { opt.Reset(); opt.Step(theta, grad) }); n != 0 {
			t.Errorf("%s: %g allocations per Reset+Step", kind, n)
		}
	}
}

func BenchmarkStep(b *testing.B) {
	theta, grad := make([]float64, 1000), make([]float64, 1000)
	for i := range grad {
		theta[i] = float64(i) / 1000
		grad[i] = math.Sin(float64(i))
	}
	for _, kind := range optim.Kinds() {
		values := tuned[kind]
		if kind == "sgd" {
			values = map[string]float64{"lr": 1e-6, "momentum": 0.9, "nesterov": 1}
		}
		b.Run(kind, func(b *testing.B) {
			opt, err := optim.New(kind, values)
			if err != nil {
				b.Fatal(err)
			}
			opt.SetLearningRate(1e-6) // keep θ from drifting far over b.N steps
			b.ReportAllocs()
			for b.Loop() {
				opt.Step(theta, grad)
			}
		})
	}
}
