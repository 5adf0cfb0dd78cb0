package nn

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"testing"
)

// adamTFJS is a test double for core/optim's Adam, written from the update
// rule TensorFlow.js applies, so these tests do not depend on core/optim:
// θ ← θ − lr·m̂/(√v̂ + ε).
type adamTFJS struct {
	lr, b1, b2, eps float64
	m, v            []float64
	t               int
}

func (a *adamTFJS) Name() string { return "adam" }

func (a *adamTFJS) Step(params, grad []float64) {
	if a.m == nil {
		a.m, a.v = make([]float64, len(params)), make([]float64, len(params))
	}
	a.t++
	c1 := 1 - math.Pow(a.b1, float64(a.t))
	c2 := 1 - math.Pow(a.b2, float64(a.t))
	for i, g := range grad {
		a.m[i] = a.b1*a.m[i] + (1-a.b1)*g
		a.v[i] = a.b2*a.v[i] + (1-a.b2)*g*g
		params[i] -= a.lr * (a.m[i] / c1) / (math.Sqrt(a.v[i]/c2) + a.eps)
	}
}

// sgd is plain gradient descent, θ ← θ − lr·g.
type sgd struct{ lr float64 }

func (sgd) Name() string { return "sgd" }
func (s sgd) Step(params, grad []float64) {
	for i, g := range grad {
		params[i] -= s.lr * g
	}
}

// noStep leaves the weights alone, so a test can read Grads after a step.
type noStep struct{}

func (noStep) Name() string        { return "none" }
func (noStep) Step(_, _ []float64) {}

// readCSV reads the reference data: header, then numbers, target last.
func readCSV(t testing.TB, path string) (x, y [][]float64) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows[1:] {
		vals := make([]float64, len(row))
		for i, s := range row {
			if vals[i], err = strconv.ParseFloat(s, 64); err != nil {
				t.Fatal(err)
			}
		}
		x = append(x, vals[:len(vals)-1])
		y = append(y, vals[len(vals)-1:])
	}
	return x, y
}

func readJSON(t testing.TB, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

// documentModel is the second source document's network.
func documentModel(t testing.TB, seed uint64) *Sequential {
	t.Helper()
	m, err := NewSequential(100, seed, Dense(10, ReLU()), Dense(10, ReLU()), Dense(1, Sigmoid()))
	if err != nil {
		t.Fatal(err)
	}
	return m
}
