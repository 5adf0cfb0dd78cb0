package loss

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"testing"
)

// referenceCase is one entry of testdata/losses.json, computed with
// TensorFlow.js 4.22.0 (float32) by people outside this project.
type referenceCase struct {
	Loss       string         `json:"loss"`
	Params     map[string]any `json:"params"`
	YTrue      [][]float64    `json:"y_true"`
	YPred      [][]float64    `json:"y_pred"`
	PerSample  []float64      `json:"per_sample"`
	Mean       float64        `json:"mean"`
	GradOfMean [][]float64    `json:"grad_of_mean"`
	Note       string         `json:"note"`
}

// loadReference reads the reference cases; params that are booleans
// (from_logits: true) become 0/1 as ByName takes them.
func loadReference(t *testing.T) []referenceCase {
	t.Helper()
	data, err := os.ReadFile("testdata/losses.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []referenceCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatalf("testdata/losses.json: %v", err)
	}
	if len(cases) == 0 {
		t.Fatal("testdata/losses.json has no cases")
	}
	return cases
}

func numericParams(t *testing.T, raw map[string]any) map[string]float64 {
	t.Helper()
	out := make(map[string]float64, len(raw))
	for k, v := range raw {
		switch v := v.(type) {
		case bool:
			out[k] = 0
			if v {
				out[k] = 1
			}
		case float64:
			out[k] = v
		default:
			t.Fatalf("param %s has unexpected type %T", k, v)
		}
	}
	return out
}

// closeTo is the tolerance the reference README gives for float64 code
// against its float32 values.
func closeTo(got, want float64) bool {
	return math.Abs(got-want) <= 1e-4*(1+math.Abs(want))
}

func TestReferenceValuesAndGradients(t *testing.T) {
	for i, c := range loadReference(t) {
		t.Run(fmt.Sprintf("%d_%s", i, c.Loss), func(t *testing.T) {
			l, err := ByName(c.Loss, numericParams(t, c.Params))
			if err != nil {
				t.Fatal(err)
			}
			rows := len(c.YPred)
			per := make([]float64, rows)
			PerSample(l, c.YTrue, c.YPred, per)
			for r := range rows {
				if !closeTo(per[r], c.PerSample[r]) {
					t.Errorf("%v per-sample[%d] = %.9g, want %.9g", l, r, per[r], c.PerSample[r])
				}
			}
			if got := Mean(l, c.YTrue, c.YPred); !closeTo(got, c.Mean) {
				t.Errorf("%v mean = %.9g, want %.9g", l, got, c.Mean)
			}
			grad := make([][]float64, rows)
			for r := range grad {
				grad[r] = make([]float64, len(c.YPred[r]))
			}
			GradOfMean(l, c.YTrue, c.YPred, grad)
			for r := range grad {
				for j := range grad[r] {
					if want := c.GradOfMean[r][j]; !closeTo(grad[r][j], want) {
						t.Errorf("%v grad_of_mean[%d][%d] = %.9g, want %.9g", l, r, j, grad[r][j], want)
					}
				}
			}
		})
	}
}
