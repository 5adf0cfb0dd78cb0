// Code generated from descent/core/loss by go test ./runner -run Pristine -update; DO NOT EDIT.

package loss

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// A lossSpec describes one named loss for ByName: its parameters with their
// defaults, in the order they are listed to a user, and how to build it.
type lossSpec struct {
	name   string
	params []param
	build  func(p map[string]float64) (Loss, error)
}

type param struct {
	name string
	def  float64
}

// fromLogits is the 0/1 switch Keras spells from_logits=True/False.
var fromLogits = param{"from_logits", 0}

// specs is in the order Names returns: regression, then probabilistic
// classification, then margin and count losses.
var specs = []lossSpec{
	{"mean_squared_error", nil, func(map[string]float64) (Loss, error) { return MSE(), nil }},
	{"mean_absolute_error", nil, func(map[string]float64) (Loss, error) { return MAE(), nil }},
	{"huber", []param{{"delta", 1}}, func(p map[string]float64) (Loss, error) { return Huber(p["delta"]) }},
	{"log_cosh", nil, func(map[string]float64) (Loss, error) { return LogCosh(), nil }},
	{"binary_crossentropy", []param{fromLogits}, func(p map[string]float64) (Loss, error) {
		return pick(p, BinaryCrossentropy(), BinaryCrossentropyFromLogits()), nil
	}},
	{"categorical_crossentropy", []param{fromLogits}, func(p map[string]float64) (Loss, error) {
		return pick(p, CategoricalCrossentropy(), CategoricalCrossentropyFromLogits()), nil
	}},
	{"sparse_categorical_crossentropy", []param{fromLogits}, func(p map[string]float64) (Loss, error) {
		return pick(p, SparseCategoricalCrossentropy(), SparseCategoricalCrossentropyFromLogits()), nil
	}},
	{"kl_divergence", nil, func(map[string]float64) (Loss, error) { return KLDivergence(), nil }},
	{"hinge", nil, func(map[string]float64) (Loss, error) { return Hinge(), nil }},
	{"squared_hinge", nil, func(map[string]float64) (Loss, error) { return SquaredHinge(), nil }},
	{"poisson", nil, func(map[string]float64) (Loss, error) { return Poisson(), nil }},
	{"binary_focal_crossentropy", []param{{"gamma", 2}, {"alpha", 0.25}, fromLogits}, func(p map[string]float64) (Loss, error) {
		if p["from_logits"] == 1 {
			return BinaryFocalFromLogits(p["gamma"], p["alpha"])
		}
		return BinaryFocal(p["gamma"], p["alpha"])
	}},
}

func pick(p map[string]float64, probs, logits Loss) Loss {
	if p["from_logits"] == 1 {
		return logits
	}
	return probs
}

// aliases maps the other spellings Keras accepts (its short names and its
// class names) to the names in specs.
var aliases = map[string]string{
	"mse": "mean_squared_error", "MSE": "mean_squared_error", "MeanSquaredError": "mean_squared_error",
	"mae": "mean_absolute_error", "MAE": "mean_absolute_error", "MeanAbsoluteError": "mean_absolute_error",
	"Huber": "huber", "huber_loss": "huber",
	"logcosh": "log_cosh", "LogCosh": "log_cosh",
	"bce": "binary_crossentropy", "BCE": "binary_crossentropy", "BinaryCrossentropy": "binary_crossentropy",
	"CategoricalCrossentropy":       "categorical_crossentropy",
	"SparseCategoricalCrossentropy": "sparse_categorical_crossentropy",
	"kld":                           "kl_divergence", "KLD": "kl_divergence", "kullback_leibler_divergence": "kl_divergence", "KLDivergence": "kl_divergence",
	"Hinge": "hinge", "SquaredHinge": "squared_hinge", "Poisson": "poisson",
	"BinaryFocalCrossentropy": "binary_focal_crossentropy",
}

// Names returns the canonical Keras names of every loss ByName knows, in a
// fixed order (regression first, then classification, margin and counts).
func Names() []string {
	names := make([]string, len(specs))
	for i, s := range specs {
		names[i] = s.name
	}
	return names
}

// Aliases returns the other names ByName accepts (Keras's short names such as
// "mse" and "kld", and its class names such as "MeanSquaredError"), sorted.
func Aliases() []string {
	names := make([]string, 0, len(aliases))
	for a := range aliases {
		names = append(names, a)
	}
	slices.Sort(names)
	return names
}

// Params returns the parameters the named loss (canonical name or alias)
// accepts and their defaults, or an error for an unknown name.
func Params(name string) (map[string]float64, error) {
	spec, err := lookup(name)
	if err != nil {
		return nil, err
	}
	out := make(map[string]float64, len(spec.params))
	for _, p := range spec.params {
		out[p.name] = p.def
	}
	return out, nil
}

// ByName returns the loss Keras calls name, built with params (nil for all
// defaults). name is a canonical name from Names or an alias ("mse",
// "kld", "logcosh", "MeanSquaredError", ...). Parameters:
//
//	huber                                 delta > 0 (default 1)
//	binary_crossentropy                   from_logits 0 or 1 (default 0)
//	categorical_crossentropy              from_logits 0 or 1 (default 0)
//	sparse_categorical_crossentropy       from_logits 0 or 1 (default 0)
//	binary_focal_crossentropy             gamma ≥ 0 (default 2), alpha in [0, 1] or −1 (default 0.25),
//	                                      from_logits 0 or 1 (default 0)
//
// An unknown name is an error that lists the valid names; a parameter the
// loss does not take is an error that lists the ones it does; a value out of
// range is an error that states the range.
func ByName(name string, params map[string]float64) (Loss, error) {
	spec, err := lookup(name)
	if err != nil {
		return nil, err
	}
	// Report unknown parameters in a stable order.
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	resolved := make(map[string]float64, len(spec.params))
	for _, p := range spec.params {
		resolved[p.name] = p.def
	}
	for _, k := range keys {
		if _, ok := resolved[k]; !ok {
			if len(spec.params) == 0 {
				return nil, fmt.Errorf("loss %s takes no parameters, got %q", spec.name, k)
			}
			return nil, fmt.Errorf("loss %s has no parameter %q; its parameters: %s", spec.name, k, paramList(spec))
		}
		v := params[k]
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("loss %s: %s must be a finite number, got %v", spec.name, k, v)
		}
		resolved[k] = v
	}
	if v, ok := resolved["from_logits"]; ok && v != 0 && v != 1 {
		return nil, fmt.Errorf("loss %s: from_logits must be 0 or 1, got %v", spec.name, v)
	}
	return spec.build(resolved)
}

func lookup(name string) (*lossSpec, error) {
	if canonical, ok := aliases[name]; ok {
		name = canonical
	}
	for i := range specs {
		if specs[i].name == name {
			return &specs[i], nil
		}
	}
	return nil, fmt.Errorf("unknown loss %q; valid names: %s (aliases: %s)",
		name, strings.Join(Names(), ", "), strings.Join(Aliases(), ", "))
}

func paramList(spec *lossSpec) string {
	parts := make([]string, len(spec.params))
	for i, p := range spec.params {
		parts[i] = fmt.Sprintf("%s (default %g)", p.name, p.def)
	}
	return strings.Join(parts, ", ")
}
