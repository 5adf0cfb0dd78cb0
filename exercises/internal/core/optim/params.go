// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// A ParamSpec describes one hyperparameter a kind of optimizer (or
// schedule) takes: its name, default, valid range and a one-line doc. The
// command-line flags and the TUI's knobs are generated from these.
type ParamSpec struct {
	Name                       string  // snake_case, e.g. lr, beta1, weight_decay
	Default                    float64 // used when New is not given a value
	Min, Max                   float64 // Max may be math.Inf(1)
	MinInclusive, MaxInclusive bool
	Bool                       bool   // a switch (nesterov, centered): 0 is false, 1 is true
	Integer                    bool   // a count (schedules' step_size, total_steps, …): a whole number
	Doc                        string // one line for --help and the TUI
}

// RangeString writes the valid range the way messages print it: "[0, 1)",
// "(0, ∞)", or "{0, 1}" for a switch.
func (p ParamSpec) RangeString() string {
	if p.Bool {
		return "{0, 1}"
	}
	open, close := "(", ")"
	if p.MinInclusive {
		open = "["
	}
	if p.MaxInclusive {
		close = "]"
	}
	return open + formatBound(p.Min) + ", " + formatBound(p.Max) + close
}

func formatBound(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "∞"
	case math.IsInf(x, -1):
		return "-∞"
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

// Check returns nil when v is a valid value for p, and otherwise an error
// that names the parameter and its range, e.g. "beta1 must be in [0, 1), got 1".
func (p ParamSpec) Check(v float64) error {
	got := strconv.FormatFloat(v, 'g', -1, 64)
	switch {
	case p.Bool:
		if v != 0 && v != 1 {
			return fmt.Errorf("%s is a switch and must be 0 (false) or 1 (true), got %s", p.Name, got)
		}
		return nil
	case math.IsNaN(v) || math.IsInf(v, 0):
		return fmt.Errorf("%s must be a finite number in %s, got %s", p.Name, p.RangeString(), got)
	case v < p.Min || (v == p.Min && !p.MinInclusive) || v > p.Max || (v == p.Max && !p.MaxInclusive):
		return fmt.Errorf("%s must be in %s, got %s", p.Name, p.RangeString(), got)
	case p.Integer && v != math.Trunc(v):
		return fmt.Errorf("%s counts steps and must be a whole number in %s, got %s", p.Name, p.RangeString(), got)
	}
	return nil
}

var inf = math.Inf(1)

// The building blocks of every kind's parameter list. Defaults are
// PyTorch's unless a kind's list says otherwise (see doc.go).
func lrSpec(def float64) ParamSpec {
	return ParamSpec{Name: "lr", Default: def, Min: 0, Max: inf,
		Doc: "learning rate η: how far each step moves"}
}

func betaSpec(name string, def float64, doc string) ParamSpec {
	return ParamSpec{Name: name, Default: def, Min: 0, Max: 1, MinInclusive: true, Doc: doc}
}

func epsSpec(def float64) ParamSpec {
	return ParamSpec{Name: "eps", Default: def, Min: 0, Max: inf, MinInclusive: true,
		Doc: "ε: keeps the denominator away from zero"}
}

func weightDecaySpec(def float64, doc string) ParamSpec {
	return ParamSpec{Name: "weight_decay", Default: def, Min: 0, Max: inf, MinInclusive: true, Doc: doc}
}

const coupledDecayDoc = "L2 weight decay λ: adds λ·θ to the gradient (coupled, PyTorch's convention)"

func momentumSpec(def float64, doc string) ParamSpec {
	return ParamSpec{Name: "momentum", Default: def, Min: 0, Max: 1, MinInclusive: true, Doc: doc}
}

func adamFamilySpecs(lr, eps, weightDecay float64, decayDoc string) []ParamSpec {
	return []ParamSpec{
		lrSpec(lr),
		betaSpec("beta1", 0.9, "β₁: decay of the first moment (the mean of the gradient)"),
		betaSpec("beta2", 0.999, "β₂: decay of the second moment (the mean of the squared gradient)"),
		epsSpec(eps),
		weightDecaySpec(weightDecay, decayDoc),
	}
}

// specsByKind lists every kind's parameters in the order Hyperparameters
// reports them. Kinds() is its key order.
var specsByKind = map[string][]ParamSpec{
	"sgd": {
		lrSpec(0.01),
		momentumSpec(0, "momentum μ: how much of the previous step carries over (0 is plain SGD)"),
		{Name: "dampening", Default: 0, Min: 0, Max: 1, MinInclusive: true, MaxInclusive: true,
			Doc: "dampening: the momentum buffer adds (1 − dampening)·g"},
		{Name: "nesterov", Bool: true, Max: 1, MinInclusive: true, MaxInclusive: true,
			Doc: "Nesterov momentum: look ahead along the buffer (needs momentum > 0, dampening 0)"},
		weightDecaySpec(0, coupledDecayDoc),
	},
	"adagrad": {
		lrSpec(0.01),
		{Name: "initial_accumulator", Default: 0.1, Min: 0, Max: inf, MinInclusive: true,
			Doc: "starting value of the sum of squared gradients"},
		epsSpec(1e-7),
		weightDecaySpec(0, coupledDecayDoc),
	},
	"rmsprop": {
		lrSpec(0.01),
		betaSpec("rho", 0.99, "ρ: decay of the running mean of squared gradients (PyTorch calls it alpha)"),
		epsSpec(1e-8),
		momentumSpec(0, "momentum μ on the scaled step (0 turns it off)"),
		{Name: "centered", Bool: true, Max: 1, MinInclusive: true, MaxInclusive: true,
			Doc: "centered: divide by an estimate of the gradient's variance instead of its raw second moment"},
		weightDecaySpec(0, coupledDecayDoc),
	},
	"adadelta": {
		lrSpec(1.0),
		betaSpec("rho", 0.9, "ρ: decay of the running means of g² and Δθ²"),
		// ε > 0 here: with ε = 0 the first step is √0·g = 0 and Adadelta never moves.
		{Name: "eps", Default: 1e-6, Min: 0, Max: inf,
			Doc: "ε inside both roots; it also sizes the first steps, so it must be > 0"},
		weightDecaySpec(0, coupledDecayDoc),
	},
	"adam":    adamFamilySpecs(0.001, 1e-8, 0, coupledDecayDoc),
	"amsgrad": adamFamilySpecs(0.001, 1e-8, 0, coupledDecayDoc),
	"adamw": adamFamilySpecs(0.001, 1e-8, 0.01,
		"decoupled weight decay λ: θ shrinks by η·λ·θ each step, outside the adaptive scaling"),
	"adamax": adamFamilySpecs(0.002, 1e-8, 0, coupledDecayDoc),
	"nadam":  adamFamilySpecs(0.002, 1e-8, 0, coupledDecayDoc),
}

var kindOrder = []string{"sgd", "adagrad", "rmsprop", "adadelta", "adam", "amsgrad", "adamw", "adamax", "nadam"}

// Kinds lists the optimizers New can build, from the simplest to the most
// elaborate.
func Kinds() []string { return slices.Clone(kindOrder) }

// Params lists the hyperparameters of an optimizer kind with their defaults,
// ranges and docs, in the order Hyperparameters reports them.
func Params(kind string) ([]ParamSpec, error) {
	k, err := canonicalKind(kind)
	if err != nil {
		return nil, err
	}
	return slices.Clone(specsByKind[k]), nil
}

func canonicalKind(kind string) (string, error) {
	k := strings.ToLower(strings.TrimSpace(kind))
	if _, ok := specsByKind[k]; !ok {
		return "", fmt.Errorf("unknown optimizer %q (valid: %s)", kind, strings.Join(kindOrder, ", "))
	}
	return k, nil
}

// New builds an optimizer of the given kind. values maps parameter names
// (see Params) to values; a missing key takes its default, and a switch
// such as nesterov is 0 or 1. Every value is checked: an unknown kind, a
// parameter the kind does not use, or a value out of range is an error
// that says what is valid.
func New(kind string, values map[string]float64) (Optimizer, error) {
	k, err := canonicalKind(kind)
	if err != nil {
		return nil, err
	}
	v, err := resolve(k, values)
	if err != nil {
		return nil, err
	}
	return build(k, v), nil
}

// resolve checks values against kind's specs and fills in defaults. It is
// the one place hyperparameters are validated: New and the typed
// constructors (NewAdam, …) both come through here.
func resolve(kind string, values map[string]float64) (map[string]float64, error) {
	specs := specsByKind[kind]
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
		sort.Strings(unknown) // maps iterate in random order; messages should not
		return nil, fmt.Errorf("%s does not use %s (it takes %s)",
			kind, strings.Join(unknown, ", "), strings.Join(names, ", "))
	}
	out := make(map[string]float64, len(specs))
	for _, s := range specs {
		v, ok := values[s.Name]
		if !ok {
			v = s.Default
		}
		if err := s.Check(v); err != nil {
			return nil, err
		}
		out[s.Name] = v
	}
	if kind == "sgd" && out["nesterov"] == 1 {
		// PyTorch raises the same error: Nesterov's look-ahead needs a
		// momentum buffer, and dampening would make it a different method.
		if out["momentum"] == 0 || out["dampening"] != 0 {
			return nil, fmt.Errorf("nesterov needs momentum > 0 and dampening 0 (PyTorch's rule), got momentum %g and dampening %g",
				out["momentum"], out["dampening"])
		}
	}
	return out, nil
}

// build turns resolved values into an optimizer; resolve has checked them.
func build(kind string, v map[string]float64) Optimizer {
	switch kind {
	case "sgd":
		return newSGD(SGDConfig{LR: v["lr"], Momentum: v["momentum"], Dampening: v["dampening"],
			Nesterov: v["nesterov"] == 1, WeightDecay: v["weight_decay"]})
	case "adagrad":
		return newAdagrad(AdagradConfig{LR: v["lr"], InitialAccumulator: v["initial_accumulator"],
			Eps: v["eps"], WeightDecay: v["weight_decay"]})
	case "rmsprop":
		return newRMSprop(RMSpropConfig{LR: v["lr"], Rho: v["rho"], Eps: v["eps"], Momentum: v["momentum"],
			Centered: v["centered"] == 1, WeightDecay: v["weight_decay"]})
	case "adadelta":
		return newAdadelta(AdadeltaConfig{LR: v["lr"], Rho: v["rho"], Eps: v["eps"], WeightDecay: v["weight_decay"]})
	case "nadam":
		return newNAdam(NAdamConfig{LR: v["lr"], Beta1: v["beta1"], Beta2: v["beta2"], Eps: v["eps"],
			WeightDecay: v["weight_decay"], MomentumDecay: defaultMomentumDecay})
	}
	// adam, amsgrad, adamw, adamax share a config.
	c := AdamConfig{LR: v["lr"], Beta1: v["beta1"], Beta2: v["beta2"], Eps: v["eps"], WeightDecay: v["weight_decay"]}
	if kind == "adamax" {
		return newAdamax(c)
	}
	return newAdam(kind, c)
}

// defaults returns kind's default values by name.
func defaults(kind string) map[string]float64 {
	out := map[string]float64{}
	for _, s := range specsByKind[kind] {
		out[s.Name] = s.Default
	}
	return out
}

func boolValue(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// hyperparameters reports values in kind's spec order, switches as bools.
func hyperparameters(kind string, values map[string]float64) []Hyperparameter {
	specs := specsByKind[kind]
	out := make([]Hyperparameter, len(specs))
	for i, s := range specs {
		out[i] = Hyperparameter{Name: s.Name, Value: values[s.Name]}
		if s.Bool {
			out[i].Value = values[s.Name] == 1
		}
	}
	return out
}

// validRate says whether SetLearningRate accepts lr. Zero is allowed so a
// schedule can anneal to a standstill.
func validRate(lr float64) bool { return lr >= 0 && !math.IsInf(lr, 1) }

// resize returns s with length n. When the length changes the contents are
// zeroed, because state sized for other parameters means nothing here.
func resize(s []float64, n int) []float64 {
	if len(s) == n {
		return s
	}
	if cap(s) >= n {
		s = s[:n]
	} else {
		s = make([]float64, n)
	}
	clear(s)
	return s
}

// ratio is num/den, except that 0/0 is 0: with ε = 0 a coordinate whose
// gradient has always been zero should not move (and not become NaN).
func ratio(num, den float64) float64 {
	if num == 0 {
		return 0
	}
	return num / den
}
