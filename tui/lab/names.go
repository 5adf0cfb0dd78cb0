package lab

import (
	"fmt"
	"strings"

	"descent/core/num"
	"descent/core/optim"
)

// shortNames are how the legend writes hyperparameters: "sgd m=0.9".
var shortNames = map[string]string{
	"momentum":            "m",
	"dampening":           "damp",
	"beta1":               "β1",
	"beta2":               "β2",
	"eps":                 "ε",
	"rho":                 "ρ",
	"weight_decay":        "wd",
	"initial_accumulator": "acc0",
}

func shortName(p string) string {
	if s, ok := shortNames[p]; ok {
		return s
	}
	return p
}

// value is run r's value of p (its default when not set).
func value(r RunSpec, p optim.ParamSpec) float64 {
	if v, ok := r.Values[p.Name]; ok {
		return v
	}
	return p.Default
}

// names are the runs' legend names, never cut: the optimizer, then each
// setting that is not its default and that another run of the same kind
// does not share ("sgd", "sgd m=0.9"; "adam", "adam lr=0.1"), then its
// schedule and clipping. Two runs set up the same get "#2".
func names(runs []RunSpec) []string {
	out := make([]string, len(runs))
	for i, r := range runs {
		specs, _ := optim.Params(r.Kind)
		parts := []string{r.Kind}
		for _, p := range specs {
			v := value(r, p)
			if v == p.Default {
				continue
			}
			differs := false
			for j, o := range runs {
				if j != i && o.Kind == r.Kind && value(o, p) != v {
					differs = true
				}
			}
			if !differs {
				continue
			}
			if p.Bool {
				parts = append(parts, p.Name)
			} else {
				parts = append(parts, shortName(p.Name)+"="+num.Sig(v, 3))
			}
		}
		if r.Schedule != "" && r.Schedule != "constant" {
			parts = append(parts, "+"+r.Schedule)
		}
		switch r.Clip {
		case "value":
			parts = append(parts, "clip|g|≤"+num.Sig(r.ClipLimit, 3))
		case "norm":
			parts = append(parts, "clip‖g‖≤"+num.Sig(r.ClipLimit, 3))
		}
		out[i] = strings.Join(parts, " ")
	}
	for i := range out {
		n := 1
		for j := 0; j < i; j++ {
			if strings.SplitN(out[j], " #", 2)[0] == out[i] {
				n++
			}
		}
		if n > 1 {
			out[i] += fmt.Sprintf(" #%d", n)
		}
	}
	return out
}

func (m *Model) names() []string { return names(m.runs) }

// settings lists every setting of a run that is not its default, lr
// always: what the panel's run row shows.
func settings(r RunSpec) string {
	specs, _ := optim.Params(r.Kind)
	var parts []string
	for _, p := range specs {
		v := value(r, p)
		if p.Name != "lr" && v == p.Default {
			continue
		}
		if p.Bool {
			parts = append(parts, p.Name)
			continue
		}
		parts = append(parts, shortName(p.Name)+" "+num.Sig(v, 3))
	}
	if r.Schedule != "" && r.Schedule != "constant" {
		parts = append(parts, "+"+r.Schedule)
	}
	if r.Clip == "value" || r.Clip == "norm" {
		parts = append(parts, "clip")
	}
	return strings.Join(parts, " ")
}
