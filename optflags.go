package main

import (
	"flag"
	"fmt"
	"sort"
	"strings"

	"descent/core/optim"
)

// optimizerFlags are the flags that choose and tune an optimizer. They are
// generated from core/optim's parameter specs, so `descent trace` and
// `descent train` take the same names with the same ranges, and a new
// hyperparameter in core/optim becomes a flag without touching this file.
type optimizerFlags struct {
	kind   *string
	names  []string            // every param name, sorted, for stable messages
	floats map[string]*float64 // by param name (snake_case)
	bools  map[string]*bool
}

// flagName turns a param name into its flag: initial_accumulator → initial-accumulator.
func flagName(param string) string { return strings.ReplaceAll(param, "_", "-") }

// registerOptimizerFlags adds --opt and one flag per hyperparameter any
// optimizer takes.
func registerOptimizerFlags(fs *flag.FlagSet, defaultKind string) *optimizerFlags {
	f := &optimizerFlags{
		kind:   fs.String("opt", defaultKind, "optimizer: "+strings.Join(optim.Kinds(), ", ")),
		floats: map[string]*float64{},
		bools:  map[string]*bool{},
	}
	docs := map[string]string{}
	isBool := map[string]bool{}
	for _, kind := range optim.Kinds() {
		specs, err := optim.Params(kind)
		if err != nil {
			continue
		}
		for _, p := range specs {
			if _, seen := docs[p.Name]; !seen {
				docs[p.Name] = p.Doc
				isBool[p.Name] = p.Bool
			}
		}
	}
	names := make([]string, 0, len(docs))
	for name := range docs {
		names = append(names, name)
	}
	sort.Strings(names)
	f.names = names
	for _, name := range names {
		if isBool[name] {
			f.bools[name] = fs.Bool(flagName(name), false, docs[name])
		} else {
			// The default shown is per optimizer, so the flag's own is 0 and
			// unset flags are simply not passed to optim.New.
			f.floats[name] = floatFlag(fs, flagName(name), 0, docs[name]+" (default depends on --opt)")
			fs.Lookup(flagName(name)).DefValue = "" // so --help prints no misleading "(default 0)"
		}
	}
	return f
}

// build makes the chosen optimizer from the flags the user set. defaults
// are this command's own defaults (for example Keras's ε = 1e-7 for
// `descent train`), applied only when the chosen optimizer takes them and
// the user did not set them.
func (f *optimizerFlags) build(set map[string]bool, defaults map[string]float64) (optim.Optimizer, error) {
	kind := strings.ToLower(strings.TrimSpace(*f.kind))
	specs, err := optim.Params(kind)
	if err != nil {
		return nil, err
	}
	takes := map[string]bool{}
	var takesFlags []string
	for _, p := range specs {
		takes[p.Name] = true
		takesFlags = append(takesFlags, "--"+flagName(p.Name))
	}
	values := map[string]float64{}
	for name, v := range defaults {
		if takes[name] {
			values[name] = v
		}
	}
	for _, name := range f.names {
		if !set[flagName(name)] {
			continue
		}
		if !takes[name] {
			return nil, fmt.Errorf("--%s is not used by %s (it takes %s)", flagName(name), kind, strings.Join(takesFlags, ", "))
		}
		if b, ok := f.bools[name]; ok {
			values[name] = 0
			if *b {
				values[name] = 1
			}
		} else {
			values[name] = *f.floats[name]
		}
	}
	return optim.New(kind, values)
}
