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

// referenceCase is one run from testdata/trajectories.json, a copy of
// ../shared/reference/trajectories.json computed with TensorFlow.js 4.22.0.
type referenceCase struct {
	Name   string                     `json:"name"`
	Func   string                     `json:"func"`
	Start  [2]float64                 `json:"start"`
	Opt    map[string]json.RawMessage `json:"opt"`
	Steps  int                        `json:"steps"`
	Points [][3]float64               `json:"points"`
}

func loadReference(t *testing.T) []referenceCase {
	t.Helper()
	raw, err := os.ReadFile("testdata/trajectories.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []referenceCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no reference cases")
	}
	return cases
}

// optimizerFor maps the reference's "opt" object onto New. TensorFlow.js's
// "momentum" optimizer is our sgd with momentum (dampening 0), and its
// nesterov flag is a bool where New takes 0 or 1.
func optimizerFor(opt map[string]json.RawMessage) (optim.Optimizer, error) {
	var kind string
	if err := json.Unmarshal(opt["kind"], &kind); err != nil {
		return nil, fmt.Errorf("kind: %v", err)
	}
	values := map[string]float64{}
	for name, raw := range opt {
		switch name {
		case "kind":
			continue
		case "nesterov", "centered":
			var b bool
			if err := json.Unmarshal(raw, &b); err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
			if b {
				values[name] = 1
			}
		default:
			var v float64
			if err := json.Unmarshal(raw, &v); err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
			values[name] = v
		}
	}
	if kind == "momentum" {
		kind = "sgd"
	}
	return optim.New(kind, values)
}

func withinTolerance(got, want float64) bool { return math.Abs(got-want) <= 1e-4*(1+math.Abs(want)) }

func TestMatchesTensorFlowJSTrajectories(t *testing.T) {
	for _, c := range loadReference(t) {
		t.Run(c.Name, func(t *testing.T) {
			s, err := surface.ByName(c.Func)
			if err != nil {
				t.Fatal(err)
			}
			opt, err := optimizerFor(c.Opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Points) != c.Steps+1 {
				t.Fatalf("reference has %d points for %d steps", len(c.Points), c.Steps)
			}
			params := []float64{c.Start[0], c.Start[1]}
			grad := make([]float64, 2)
			for step, want := range c.Points {
				if step > 0 {
					grad[0], grad[1] = s.Gradient(params[0], params[1])
					opt.Step(params, grad)
				}
				got := [3]float64{params[0], params[1], s.Value(params[0], params[1])}
				if anyNonFinite(want[:]) {
					return // the reference diverged too; nothing finite left to compare
				}
				for k, label := range []string{"x", "y", "f"} {
					if !withinTolerance(got[k], want[k]) {
						t.Fatalf("step %d: %s = %.9g, want %.9g (|Δ| %.3g)", step, label, got[k], want[k], math.Abs(got[k]-want[k]))
					}
				}
			}
		})
	}
}

func anyNonFinite(xs []float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return true
		}
	}
	return false
}
