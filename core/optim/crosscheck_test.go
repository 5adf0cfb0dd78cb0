package optim_test

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"testing"

	"descent/core/optim"
	"descent/core/surface"
)

// crossCase is one run from testdata/crosscheck/cases.json, written by
// testdata/crosscheck/gen.py: a second implementation of each update rule,
// in plain Python float64, taken from the published pseudo-code (PyTorch's
// documentation, Zeiler 2012, Graves 2013, Reddi et al. 2018, Loshchilov &
// Hutter 2019, Dozat 2016) in the conventions doc.go states. It covers what
// the TensorFlow.js trajectories cannot: nadam, amsgrad, adamw, adadelta,
// centered RMSprop and RMSprop with momentum, SGD with dampening, and
// coupled weight decay on every kind. Its opt object has the shape of
// trajectories.json's, with descent's kinds and every hyperparameter
// spelled out.
type crossCase struct {
	Name   string                     `json:"name"`
	Func   string                     `json:"func"`
	Start  [2]float64                 `json:"start"`
	Opt    map[string]json.RawMessage `json:"opt"`
	Steps  int                        `json:"steps"`
	Points [][3]float64               `json:"points"`
}

func loadCrossCases(t *testing.T) []crossCase {
	t.Helper()
	raw, err := os.ReadFile("testdata/crosscheck/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []crossCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no cross-check cases")
	}
	return cases
}

// crossOptimizer builds the case's optimizer through New; switches are JSON
// booleans in the file and 0 or 1 for New.
func crossOptimizer(opt map[string]json.RawMessage) (optim.Optimizer, error) {
	var kind string
	if err := json.Unmarshal(opt["kind"], &kind); err != nil {
		return nil, fmt.Errorf("kind: %v", err)
	}
	values := map[string]float64{}
	for name, raw := range opt {
		if name == "kind" {
			continue
		}
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		switch v := v.(type) {
		case bool:
			values[name] = 0
			if v {
				values[name] = 1
			}
		case float64:
			values[name] = v
		default:
			return nil, fmt.Errorf("%s: want a number or a bool, got %s", name, raw)
		}
	}
	return optim.New(kind, values)
}

// crossTolerance: both sides are float64 and apply the same formulas, so
// they differ only by rounding (operation order, math.Pow against C's pow,
// running products against powers). gen.py keeps only cases in which ~1 ulp
// of noise per step moves the path by at most 1e-11, so that rounding
// cannot grow to the tolerance (the largest difference seen is 6e-15), and
// it checks that every convention a case is about (ε placement, the AMSGrad
// maximum, NAdam's μ schedule, dampening, decay scaling, …) moves the path
// by more than 1e-5. It prints both margins.
func crossTolerance(want float64) float64 { return 1e-9 * (1 + math.Abs(want)) }

func TestMatchesIndependentPythonTrajectories(t *testing.T) {
	for _, c := range loadCrossCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			s, err := surface.ByName(c.Func)
			if err != nil {
				t.Fatal(err)
			}
			o, err := crossOptimizer(c.Opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Points) != c.Steps+1 {
				t.Fatalf("%d points for %d steps", len(c.Points), c.Steps)
			}
			p := []float64{c.Start[0], c.Start[1]}
			g := make([]float64, 2)
			for step, want := range c.Points {
				if step > 0 {
					g[0], g[1] = s.Gradient(p[0], p[1])
					o.Step(p, g)
				}
				got := [3]float64{p[0], p[1], s.Value(p[0], p[1])}
				for i, label := range []string{"x", "y", "f"} {
					if d := math.Abs(got[i] - want[i]); !(d <= crossTolerance(want[i])) {
						// The rest of the path follows from this point, so
						// only the first departure says anything.
						t.Fatalf("step %d: %s = %.17g, want %.17g (|diff| %.3g > %.3g); got (%.17g, %.17g), want (%.17g, %.17g)",
							step, label, got[i], want[i], d, crossTolerance(want[i]), got[0], got[1], want[0], want[1])
					}
				}
			}
		})
	}
}
