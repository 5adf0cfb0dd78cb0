package optim_test

import (
	"math"
	"testing"

	"descent/core/optim"
)

// FuzzOptimizerStep builds an optimizer from arbitrary hyperparameters and
// steps it on arbitrary gradients: New must either refuse or give an
// optimizer whose Step, Reset and Hyperparameters run without panicking,
// and whose parameters change only through finite or non-finite numbers,
// never through a crash.
func FuzzOptimizerStep(f *testing.F) {
	f.Add(uint8(0), 0.1, 0.9, 0.0, 1.0, 0.0, 0.0, 1.0, -2.0, 0.5)
	f.Add(uint8(1), 0.5, 0.1, 1e-7, 0.0, 0.0, 0.0, 0.0, 1e-300, -1e300)
	f.Add(uint8(2), 0.01, 0.9, 1e-8, 0.5, 1.0, 0.1, math.NaN(), 1.0, 2.0)
	f.Add(uint8(3), 1.0, 0.95, 1e-6, 0.0, 0.0, 0.0, math.Inf(1), 0.0, -1.0)
	f.Add(uint8(4), 0.001, 0.9, 0.999, 1e-8, 0.0, 0.0, 3.0, -4.0, 0.0)
	f.Add(uint8(5), 0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
	f.Add(uint8(6), 1e300, 0.5, 0.5, 0.0, 0.0, 1e300, 1e300, 1e-310, 7.0)
	f.Add(uint8(7), 0.002, 0.9, 0.999, 0.0, 0.0, 0.0, -1e-9, 1e9, 0.1)
	f.Add(uint8(8), 0.002, 0.99, 0.0, 1e-8, 0.0, 2.0, 5.0, -5.0, 5.0)
	f.Add(uint8(130), -3.0, 7.5, 1.0, 2.0, 0.0, -1.0, 1.0, -2.0, 0.5)
	f.Add(uint8(200), 1e-300, 0.999999, 1e300, -0.5, 3.0, 5.0, 1e-3, 1e3, -1e-3)
	f.Fuzz(func(t *testing.T, kindIndex uint8, a, b, c, d, e, wd, g0, g1, g2 float64) {
		kinds := optim.Kinds()
		kind := kinds[int(kindIndex)%len(kinds)]
		specs, err := optim.Params(kind)
		if err != nil {
			t.Fatal(err)
		}
		// Hand the fuzzer's numbers to the kind's parameters in order;
		// weight_decay always gets wd so decay is exercised everywhere.
		// When kindIndex's top bit is set, fold each number into its valid
		// range so that most runs get past New and exercise Step.
		fold := kindIndex >= 128
		pool := []float64{a, b, c, d, e}
		values := map[string]float64{}
		for i, s := range specs {
			v := wd
			if s.Name != "weight_decay" {
				if i >= len(pool) {
					continue
				}
				v = pool[i]
			}
			if fold {
				v = foldInto(s, v)
			}
			values[s.Name] = v
		}
		opt, err := optim.New(kind, values)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		_ = opt.Hyperparameters()
		theta := []float64{1, -1, 0}
		grad := []float64{g0, g1, g2}
		for range 4 {
			opt.Step(theta, grad)
		}
		opt.SetLearningRate(a / 2)
		opt.Step(theta, grad)
		opt.Step(theta[:2], grad[:2]) // a new length
		opt.Reset()
		opt.Step(theta, grad)
		if grad[0] != g0 && !math.IsNaN(g0) {
			t.Fatalf("Step changed grad[0] from %g to %g", g0, grad[0])
		}
	})
}

// foldInto maps any float64 to a value that is usually valid for s.
func foldInto(s optim.ParamSpec, v float64) float64 {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return s.Default
	case s.Bool:
		return math.Mod(math.Abs(math.Trunc(v)), 2)
	case s.Max == 1:
		return math.Mod(math.Abs(v), 1)
	case v == 0 && !s.MinInclusive:
		return s.Default
	}
	return math.Abs(v)
}
