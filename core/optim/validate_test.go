package optim_test

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"descent/core/optim"
)

func TestNewRejectsBadInputWithAMessageNamingTheRange(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	cases := []struct {
		kind   string
		values map[string]float64
		want   []string // substrings the message must contain
	}{
		{"foo", nil, []string{`unknown optimizer "foo"`, "valid: sgd, adagrad, rmsprop, adadelta, adam, amsgrad, adamw, adamax, nadam"}},
		{"", nil, []string{`unknown optimizer ""`, "valid: sgd"}},
		{"adam", map[string]float64{"momentum": 0.9}, []string{"adam does not use momentum (it takes lr, beta1, beta2, eps, weight_decay)"}},
		{"sgd", map[string]float64{"beta1": 0.9, "rho": 0.5}, []string{"sgd does not use beta1, rho (it takes lr, momentum, dampening, nesterov, weight_decay)"}},
		{"adam", map[string]float64{"lr": 0}, []string{"lr must be in (0, ∞), got 0"}},
		{"adam", map[string]float64{"lr": -0.1}, []string{"lr must be in (0, ∞), got -0.1"}},
		{"adam", map[string]float64{"lr": inf}, []string{"lr must be a finite number in (0, ∞), got +Inf"}},
		{"adam", map[string]float64{"lr": nan}, []string{"lr must be a finite number in (0, ∞), got NaN"}},
		{"adam", map[string]float64{"beta1": 1}, []string{"beta1 must be in [0, 1), got 1"}},
		{"adam", map[string]float64{"beta1": -0.1}, []string{"beta1 must be in [0, 1), got -0.1"}},
		{"nadam", map[string]float64{"beta2": 1.5}, []string{"beta2 must be in [0, 1), got 1.5"}},
		{"adamax", map[string]float64{"beta2": nan}, []string{"beta2 must be a finite number in [0, 1), got NaN"}},
		{"amsgrad", map[string]float64{"eps": -1e-8}, []string{"eps must be in [0, ∞), got -1e-08"}},
		{"adamw", map[string]float64{"eps": inf}, []string{"eps must be a finite number in [0, ∞), got +Inf"}},
		{"adadelta", map[string]float64{"eps": 0}, []string{"eps must be in (0, ∞), got 0"}},
		{"adadelta", map[string]float64{"rho": 1}, []string{"rho must be in [0, 1), got 1"}},
		{"rmsprop", map[string]float64{"rho": -0.5}, []string{"rho must be in [0, 1), got -0.5"}},
		{"rmsprop", map[string]float64{"momentum": 1}, []string{"momentum must be in [0, 1), got 1"}},
		{"rmsprop", map[string]float64{"centered": 2}, []string{"centered", "0 (false) or 1 (true), got 2"}},
		{"rmsprop", map[string]float64{"centered": nan}, []string{"centered", "got NaN"}},
		{"sgd", map[string]float64{"momentum": -0.1}, []string{"momentum must be in [0, 1), got -0.1"}},
		{"sgd", map[string]float64{"momentum": 1}, []string{"momentum must be in [0, 1), got 1"}},
		{"sgd", map[string]float64{"dampening": 1.01}, []string{"dampening must be in [0, 1], got 1.01"}},
		{"sgd", map[string]float64{"dampening": -1}, []string{"dampening must be in [0, 1], got -1"}},
		{"sgd", map[string]float64{"nesterov": 0.5}, []string{"nesterov", "0 (false) or 1 (true), got 0.5"}},
		{"sgd", map[string]float64{"nesterov": 1}, []string{"nesterov needs momentum > 0 and dampening 0 (PyTorch's rule), got momentum 0 and dampening 0"}},
		{"sgd", map[string]float64{"nesterov": 1, "momentum": 0.9, "dampening": 0.1}, []string{"nesterov needs momentum > 0 and dampening 0", "dampening 0.1"}},
		{"adagrad", map[string]float64{"initial_accumulator": -0.1}, []string{"initial_accumulator must be in [0, ∞), got -0.1"}},
		{"adagrad", map[string]float64{"weight_decay": -1}, []string{"weight_decay must be in [0, ∞), got -1"}},
		{"adamw", map[string]float64{"weight_decay": inf}, []string{"weight_decay must be a finite number in [0, ∞), got +Inf"}},
	}
	for _, c := range cases {
		opt, err := optim.New(c.kind, c.values)
		if err == nil {
			t.Errorf("New(%q, %v) = %s, want an error", c.kind, c.values, opt.Name())
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("New(%q, %v) error %q\n\tdoes not contain %q", c.kind, c.values, err, w)
			}
		}
	}
}

func TestTypedConstructorsShareNewsValidation(t *testing.T) {
	checks := []struct {
		name string
		err  error
		want string
	}{
		{"NewSGD", second(optim.NewSGD(optim.SGDConfig{LR: 0.1, Nesterov: true})), "nesterov needs momentum > 0"},
		{"NewAdagrad", second(optim.NewAdagrad(optim.AdagradConfig{})), "lr must be in (0, ∞), got 0"},
		{"NewRMSprop", second(optim.NewRMSprop(optim.RMSpropConfig{LR: 0.1, Rho: 1})), "rho must be in [0, 1), got 1"},
		{"NewAdadelta", second(optim.NewAdadelta(optim.AdadeltaConfig{LR: 1, Rho: 0.9})), "eps must be in (0, ∞), got 0"},
		{"NewAdam", second(optim.NewAdam(optim.AdamConfig{LR: 0.01, Beta1: 1})), "beta1 must be in [0, 1), got 1"},
		{"NewAMSGrad", second(optim.NewAMSGrad(optim.AdamConfig{LR: 0.01, Beta2: -1})), "beta2 must be in [0, 1), got -1"},
		{"NewAdamW", second(optim.NewAdamW(optim.AdamConfig{LR: 0.01, WeightDecay: -1})), "weight_decay must be in [0, ∞), got -1"},
		{"NewAdamax", second(optim.NewAdamax(optim.AdamConfig{LR: math.NaN()})), "lr must be a finite number"},
		{"NewNAdam", second(optim.NewNAdam(optim.NAdamConfig{LR: 0.01, MomentumDecay: -1})), "momentum_decay must be in [0, ∞), got -1"},
	}
	for _, c := range checks {
		if c.err == nil || !strings.Contains(c.err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, c.err, c.want)
		}
	}
}

func second[T any](_ T, err error) error { return err }

func TestDefaultConfigsAgreeWithParams(t *testing.T) {
	build := map[string]func() (optim.Optimizer, error){
		"sgd":      func() (optim.Optimizer, error) { return optim.NewSGD(optim.DefaultSGDConfig()) },
		"adagrad":  func() (optim.Optimizer, error) { return optim.NewAdagrad(optim.DefaultAdagradConfig()) },
		"rmsprop":  func() (optim.Optimizer, error) { return optim.NewRMSprop(optim.DefaultRMSpropConfig()) },
		"adadelta": func() (optim.Optimizer, error) { return optim.NewAdadelta(optim.DefaultAdadeltaConfig()) },
		"adam":     func() (optim.Optimizer, error) { return optim.NewAdam(optim.DefaultAdamConfig()) },
		"amsgrad":  func() (optim.Optimizer, error) { return optim.NewAMSGrad(optim.DefaultAdamConfig()) },
		"adamw":    func() (optim.Optimizer, error) { return optim.NewAdamW(optim.DefaultAdamWConfig()) },
		"adamax":   func() (optim.Optimizer, error) { return optim.NewAdamax(optim.DefaultAdamaxConfig()) },
		"nadam":    func() (optim.Optimizer, error) { return optim.NewNAdam(optim.DefaultNAdamConfig()) },
	}
	for _, kind := range optim.Kinds() {
		typed, err := build[kind]()
		if err != nil {
			t.Fatalf("%s: default config invalid: %v", kind, err)
		}
		byName := mustNew(t, kind, nil)
		if typed.Name() != kind || byName.Name() != kind {
			t.Errorf("names %q, %q, want %q", typed.Name(), byName.Name(), kind)
		}
		if !reflect.DeepEqual(typed.Hyperparameters(), byName.Hyperparameters()) {
			t.Errorf("%s: Default…Config gives %v, New gives %v", kind, typed.Hyperparameters(), byName.Hyperparameters())
		}
	}
}

// Hyperparameters must list exactly Params' names in Params' order, so a
// report can be fed back into New.
func TestHyperparametersRoundTripThroughNew(t *testing.T) {
	for _, kind := range optim.Kinds() {
		specs, err := optim.Params(kind)
		if err != nil {
			t.Fatal(err)
		}
		opt := mustNew(t, kind, nil)
		hp := opt.Hyperparameters()
		if len(hp) != len(specs) {
			t.Fatalf("%s: %d hyperparameters, %d params", kind, len(hp), len(specs))
		}
		values := map[string]float64{}
		for i, h := range hp {
			if h.Name != specs[i].Name {
				t.Errorf("%s: hyperparameter %d is %q, param is %q", kind, i, h.Name, specs[i].Name)
			}
			switch v := h.Value.(type) {
			case bool:
				if !specs[i].Bool {
					t.Errorf("%s: %s is a bool but its spec is not a switch", kind, h.Name)
				}
				if v {
					values[h.Name] = 1
				}
			case float64:
				values[h.Name] = v
				if v != specs[i].Default {
					t.Errorf("%s: %s = %g, default %g", kind, h.Name, v, specs[i].Default)
				}
			default:
				t.Errorf("%s: %s has type %T", kind, h.Name, v)
			}
			if err := specs[i].Check(specs[i].Default); err != nil {
				t.Errorf("%s: default of %s is invalid: %v", kind, specs[i].Name, err)
			}
			if specs[i].Doc == "" {
				t.Errorf("%s: %s has no doc", kind, specs[i].Name)
			}
		}
		if _, err := optim.New(kind, values); err != nil {
			t.Errorf("%s: feeding Hyperparameters back to New: %v", kind, err)
		}
	}
}

func TestParamsAndKinds(t *testing.T) {
	want := []string{"sgd", "adagrad", "rmsprop", "adadelta", "adam", "amsgrad", "adamw", "adamax", "nadam"}
	if got := optim.Kinds(); !reflect.DeepEqual(got, want) {
		t.Errorf("Kinds() = %v", got)
	}
	if _, err := optim.Params("nope"); err == nil || !strings.Contains(err.Error(), "valid: sgd") {
		t.Errorf("Params(nope) error = %v", err)
	}
	// Params returns a copy: changing it must not change New's defaults.
	specs, _ := optim.Params("adam")
	specs[0].Default = 42
	if lr := mustNew(t, "adam", nil).LearningRate(); lr != 0.001 {
		t.Errorf("adam default lr changed to %g through Params' result", lr)
	}
}

func TestRangeString(t *testing.T) {
	inf := math.Inf(1)
	for _, c := range []struct {
		spec optim.ParamSpec
		want string
	}{
		{optim.ParamSpec{Min: 0, Max: 1, MinInclusive: true}, "[0, 1)"},
		{optim.ParamSpec{Min: 0, Max: inf}, "(0, ∞)"},
		{optim.ParamSpec{Min: 0, Max: 1, MinInclusive: true, MaxInclusive: true}, "[0, 1]"},
		{optim.ParamSpec{Min: 1e-3, Max: 2.5}, "(0.001, 2.5)"},
		{optim.ParamSpec{Bool: true}, "{0, 1}"},
	} {
		if got := c.spec.RangeString(); got != c.want {
			t.Errorf("RangeString() = %q, want %q", got, c.want)
		}
	}
}

func TestKindNamesAreCaseInsensitive(t *testing.T) {
	if opt, err := optim.New(" Adam ", nil); err != nil || opt.Name() != "adam" {
		t.Errorf("New(\" Adam \") = %v, %v", opt, err)
	}
}

func TestSetLearningRateIgnoresInvalidRates(t *testing.T) {
	for _, kind := range optim.Kinds() {
		opt := mustNew(t, kind, map[string]float64{"lr": 0.5})
		for _, bad := range []float64{-1, math.NaN(), math.Inf(1)} {
			opt.SetLearningRate(bad)
		}
		if opt.LearningRate() != 0.5 {
			t.Errorf("%s: lr = %g after invalid sets", kind, opt.LearningRate())
		}
		opt.SetLearningRate(0) // a schedule may anneal to zero
		if opt.LearningRate() != 0 {
			t.Errorf("%s: SetLearningRate(0) ignored", kind)
		}
	}
}
