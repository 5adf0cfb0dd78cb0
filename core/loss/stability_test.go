package loss

import (
	"fmt"
	"math"
	"testing"
)

// extremes are finite inputs that break naive formulas: exact 0 and 1
// (log 0, clip edges), the clip edges themselves, denormals, values whose
// square or exponential overflows, and the largest floats.
var extremes = []float64{
	0, math.Copysign(0, -1), 1, -1, epsilon, 1 - epsilon, 1 - 1e-16, 5e-324, 1e-308, 0.5,
	710, -710, 1e154, -1e154, 1e155, 1e308, -1e308, math.MaxFloat64, -math.MaxFloat64,
}

// checkResult fails t if the value or gradient breaks the loss's promise:
// never NaN for in-domain labels, and finite where its docs say so.
func checkResult(t *testing.T, tl testLoss, yTrue, yPred []float64) {
	t.Helper()
	v := tl.l.Sample(yTrue, yPred)
	g := make([]float64, len(yPred))
	tl.l.SampleGrad(yTrue, yPred, g)
	if math.IsNaN(v) || (tl.finiteValue(yTrue, yPred) && math.IsInf(v, 0)) {
		t.Errorf("%v: value %v for yTrue %v, yPred %v", tl.l, v, yTrue, yPred)
	}
	for i, gi := range g {
		if math.IsNaN(gi) || (tl.finiteGrad(yTrue, yPred) && math.IsInf(gi, 0)) {
			t.Errorf("%v: gradient[%d] %v for yTrue %v, yPred %v", tl.l, i, gi, yTrue, yPred)
		}
	}
}

// TestStableAtExtremeInputs runs every loss on every pair of extreme
// predictions, with labels at the edges of each label domain.
func TestStableAtExtremeInputs(t *testing.T) {
	labelRaws := [][]float64{{0, 1}, {1, 0}, {1, 1}, {0, 0}, {0.5, -1}, {-1, 2}, {1e308, -1e308}}
	for _, tl := range testLosses() {
		t.Run(fmt.Sprint(tl.l), func(t *testing.T) {
			for _, a := range extremes {
				for _, b := range extremes {
					yPred := []float64{a, b}
					for _, raw := range labelRaws {
						checkResult(t, tl, tl.labelsFor(raw, 2), yPred)
					}
				}
			}
		})
	}
}

// TestExtremeValues pins what a learner would see at the edges, where a
// naive formula gives NaN, ±Inf or a vanishing gradient.
func TestExtremeValues(t *testing.T) {
	logEps := -math.Log(epsilon) // ≈ 16.118, the most a clipped log can cost
	tests := []struct {
		name       string
		l          Loss
		yTrue      []float64
		yPred      []float64
		value      float64
		grad       []float64
		valueIsInf bool
	}{
		{"BCE p=0 for y=1 costs −log ε and is flat (clipped)", BinaryCrossentropy(), []float64{1}, []float64{0}, logEps, []float64{0}, false},
		{"BCE p=1 for y=1 costs ~ε", BinaryCrossentropy(), []float64{1}, []float64{1}, epsilon, []float64{0}, false},
		{"BCE logits x=+1e308 for y=0 costs x, gradient 1", BinaryCrossentropyFromLogits(), []float64{0}, []float64{1e308}, 1e308, []float64{1}, false},
		{"BCE logits x=−MaxFloat64 for y=1", BinaryCrossentropyFromLogits(), []float64{1}, []float64{-math.MaxFloat64}, math.MaxFloat64, []float64{-1}, false},
		{"BCE logits confident and right costs 0", BinaryCrossentropyFromLogits(), []float64{1}, []float64{1e308}, 0, []float64{0}, false},
		{"CCE logits huge gap: value overflows, gradient exact", CategoricalCrossentropyFromLogits(), []float64{0, 1}, []float64{1e308, -1e308}, 0, []float64{1, -1}, true},
		{"CCE logits one huge logit, right class", CategoricalCrossentropyFromLogits(), []float64{1, 0}, []float64{1e308, -1e308}, 0, []float64{0, 0}, false},
		{"sparse logits wrong class by 1e308", SparseCategoricalCrossentropyFromLogits(), []float64{1}, []float64{1e308, 0}, 1e308, []float64{1, -1}, false},
		{"CCE probs all-zero row is the floor loss, flat", CategoricalCrossentropy(), []float64{0, 1}, []float64{0, 0}, logEps, []float64{0, 0}, false},
		{"CCE probs huge row renormalizes without overflow", CategoricalCrossentropy(), []float64{0, 1}, []float64{math.MaxFloat64, math.MaxFloat64}, math.Ln2, []float64{1 / math.MaxFloat64, -1 / math.MaxFloat64}, false},
		{"KL p=0 is clipped to ε, zero labels add nothing", KLDivergence(), []float64{1, 0}, []float64{0, 1}, logEps, []float64{0, 0}, false},
		{"log-cosh of −1e308 is |d| − log 2", LogCosh(), []float64{0}, []float64{-1e308}, 1e308 - math.Ln2, []float64{-1}, false},
		{"Huber of MaxFloat64 error stays finite", mustLoss(Huber(1)), []float64{0}, []float64{math.MaxFloat64}, math.MaxFloat64 - 0.5, []float64{1}, false},
		{"MAE mean of two MaxFloat64 errors", MAE(), []float64{0, 0}, []float64{math.MaxFloat64, -math.MaxFloat64}, math.MaxFloat64, []float64{0.5, -0.5}, false},
		{"MSE of 1e155 error overflows, documented", MSE(), []float64{0}, []float64{1e155}, 0, []float64{2e155}, true},
		{"Poisson p=0 with count 2", Poisson(), []float64{2}, []float64{0}, 2 * logEps, []float64{1 - 2/epsilon}, false},
		{"Poisson negative rate: finite, slope 1", Poisson(), []float64{2}, []float64{-3}, -3 + 2*logEps, []float64{1}, false},
		{"focal logits confident and right", mustLoss(BinaryFocalFromLogits(0.5, 0.25)), []float64{1}, []float64{1e308}, 0, []float64{0}, false},
		{"focal logits confident and wrong", mustLoss(BinaryFocalFromLogits(2, NoClassBalance)), []float64{1}, []float64{-1e308}, 1e308, []float64{-1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := tt.l.Sample(tt.yTrue, tt.yPred)
			if tt.valueIsInf {
				if !math.IsInf(v, 1) {
					t.Errorf("value = %v, want +Inf", v)
				}
			} else if !closeRel(v, tt.value) {
				t.Errorf("value = %.17g, want %.17g", v, tt.value)
			}
			g := make([]float64, len(tt.yPred))
			tt.l.SampleGrad(tt.yTrue, tt.yPred, g)
			for i := range g {
				if !closeRel(g[i], tt.grad[i]) {
					t.Errorf("gradient[%d] = %.17g, want %.17g", i, g[i], tt.grad[i])
				}
			}
		})
	}
}

// closeRel compares to 1e-9 relative (absolute near 0), tight enough to
// catch a wrong branch, loose enough for rounding.
func closeRel(got, want float64) bool {
	return got == want || math.Abs(got-want) <= 1e-9*math.Max(math.Abs(want), 1e-300) || math.Abs(got-want) < 1e-12
}

// TestInvalidSparseLabels pins the documented behaviour: NaN value, zero
// gradient, no panic.
func TestInvalidSparseLabels(t *testing.T) {
	for _, l := range []Loss{SparseCategoricalCrossentropy(), SparseCategoricalCrossentropyFromLogits()} {
		for _, k := range []float64{-1, 3, 1.5, 1e300, -1e300, math.MaxFloat64} {
			yPred := []float64{0.2, 0.3, 0.5}
			if v := l.Sample([]float64{k}, yPred); !math.IsNaN(v) {
				t.Errorf("%v with class index %v: value %v, want NaN", l, k, v)
			}
			g := []float64{9, 9, 9}
			l.SampleGrad([]float64{k}, yPred, g)
			for i, gi := range g {
				if gi != 0 {
					t.Errorf("%v with class index %v: gradient[%d] = %v, want 0", l, k, i, gi)
				}
			}
		}
	}
}

// TestShapeMismatchPanicsClearly: shapes are the program's business, and a
// mismatch panics with a message naming the loss and the lengths.
func TestShapeMismatchPanicsClearly(t *testing.T) {
	cases := []struct {
		name string
		call func()
		want string
	}{
		{"sample", func() { MSE().Sample([]float64{1, 2}, []float64{1}) }, "loss mean_squared_error: yTrue has 2 values, yPred has 1"},
		{"grad", func() { Hinge().SampleGrad([]float64{1}, []float64{1}, make([]float64, 2)) }, "loss hinge: grad has 2 values, yPred has 1"},
		{"empty", func() { Poisson().Sample(nil, nil) }, "loss poisson: yPred is empty"},
		{"sparse", func() { SparseCategoricalCrossentropy().Sample([]float64{0, 1}, []float64{0.5, 0.5}) }, "loss sparse_categorical_crossentropy: yTrue (a class index) has 2 values, yPred has 2"},
		{"batch rows", func() { Mean(MSE(), [][]float64{{1}}, nil) }, "loss mean_squared_error: the batch has no rows"},
		{"batch out", func() { PerSample(MSE(), [][]float64{{1}}, [][]float64{{1}}, nil) }, "loss mean_squared_error: out has 0 rows, yPred has 1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				if got := recover(); got != c.want {
					t.Errorf("panic %v, want %q", got, c.want)
				}
			}()
			c.call()
		})
	}
}
