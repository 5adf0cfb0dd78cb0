package nn

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/diff/fd"

	"descent/core/loss"
)

var central = &fd.Settings{Formula: fd.Central, Step: 1e-6}

func checkGrad(t *testing.T, what string, got, want []float64) {
	t.Helper()
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-6*(1+math.Abs(want[i])) {
			t.Errorf("%s: ∂/∂[%d] = %.9g by backprop, %.9g by central differences", what, i, got[i], want[i])
		}
	}
}

// awayFromKinks draws values with |v| ≥ 0.1 so relu's corner at 0 is never
// within a finite-difference step.
func awayFromKinks(rng *rand.Rand, n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = (0.1 + 2*rng.Float64())
		if rng.IntN(2) == 0 {
			v[i] = -v[i]
		}
	}
	return v
}

// TestActivationGradients checks each Backward against central differences
// of L(z) = Σᵢ cᵢ·f(z)ᵢ, whose ∂L/∂a is c.
func TestActivationGradients(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, act := range []Activation{Linear(), ReLU(), LeakyReLU(0.2), Sigmoid(), Tanh(), Softmax()} {
		t.Run(act.Name(), func(t *testing.T) {
			z := awayFromKinks(rng, 5)
			c := awayFromKinks(rng, 5)
			a := make([]float64, 5)
			L := func(z []float64) float64 {
				act.Forward(z, a)
				s := 0.0
				for i := range a {
					s += c[i] * a[i]
				}
				return s
			}
			want := fd.Gradient(nil, L, z, central)
			act.Forward(z, a)
			got := make([]float64, 5)
			act.Backward(z, a, c, got)
			checkGrad(t, act.Name(), got, want)
		})
	}
}

// gradCase is a small network whose every part gets checked.
type gradCase struct {
	name   string
	layers func() []*DenseLayer
	loss   loss.Loss
	target func(rng *rand.Rand, out int) []float64
}

func gradCases() []gradCase {
	binary := func(rng *rand.Rand, out int) []float64 {
		v := make([]float64, out)
		for i := range v {
			v[i] = float64(rng.IntN(2))
		}
		return v
	}
	oneHot := func(rng *rand.Rand, out int) []float64 {
		v := make([]float64, out)
		v[rng.IntN(out)] = 1
		return v
	}
	real := func(rng *rand.Rand, out int) []float64 { return awayFromKinks(rng, out) }
	class := func(rng *rand.Rand, out int) []float64 { return []float64{float64(rng.IntN(out))} }
	return []gradCase{
		{"relu-relu-sigmoid/bce", func() []*DenseLayer {
			return []*DenseLayer{Dense(4, ReLU()), Dense(4, ReLU()), Dense(1, Sigmoid())}
		}, loss.BinaryCrossentropy(), binary},
		{"tanh-leaky-softmax/cce", func() []*DenseLayer {
			return []*DenseLayer{Dense(4, Tanh()), Dense(5, LeakyReLU(0.2)), Dense(3, Softmax())}
		}, loss.CategoricalCrossentropy(), oneHot},
		{"sigmoid-softmax/sparse", func() []*DenseLayer {
			return []*DenseLayer{Dense(4, Sigmoid()), Dense(3, Softmax())}
		}, loss.SparseCategoricalCrossentropy(), class},
		{"regularized-linear/mse", func() []*DenseLayer {
			a, b := Dense(4, Sigmoid()), Dense(2, Linear())
			a.KernelRegularizer = Regularizer{L1: 0.01, L2: 0.02}
			b.KernelRegularizer = Regularizer{L2: 0.05}
			b.BiasInit = HeUniform // nonzero biases, so their gradient is not trivially checked
			return []*DenseLayer{a, b}
		}, loss.MSE(), real},
	}
}

// TestNetworkGradients checks ∂loss/∂weights (every kernel and bias entry,
// regularization included) and ∂loss/∂inputs against central differences.
func TestNetworkGradients(t *testing.T) {
	for _, tc := range gradCases() {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(3, 4))
			const inputs, n = 3, 5
			m, err := NewSequential(inputs, 9, tc.layers()...)
			if err != nil {
				t.Fatal(err)
			}
			if err := m.Compile(noStep{}, tc.loss); err != nil {
				t.Fatal(err)
			}
			x := make([][]float64, n)
			y := make([][]float64, n)
			for i := range x {
				x[i] = awayFromKinks(rng, inputs)
				y[i] = tc.target(rng, m.Outputs())
			}
			flatX := gather(make([]float64, n*inputs), x, allRows(n), inputs)
			flatY := gather(make([]float64, n*m.targetWidth()), y, allRows(n), m.targetWidth())
			lossAt := func(xs []float64) float64 {
				pred := m.forward(xs, n)
				return m.batchLoss(pred, flatY, n) + m.regularization()
			}

			// With respect to the weights.
			start := append([]float64(nil), m.Params...)
			want := fd.Gradient(nil, func(p []float64) float64 {
				copy(m.Params, p)
				return lossAt(flatX)
			}, start, central)
			copy(m.Params, start)
			if _, err := m.TrainOnBatch(x, y); err != nil {
				t.Fatal(err)
			}
			checkGrad(t, "weights", m.Grads, want)

			// With respect to the inputs: run backward through the first
			// layer too, which training skips.
			wantX := fd.Gradient(nil, lossAt, flatX, central)
			pred := m.forward(flatX, n)
			out := m.Outputs()
			grad := make([]float64, n*out)
			for r := range n {
				g := grad[r*out : (r+1)*out]
				tw := m.targetWidth()
				m.loss.SampleGrad(flatY[r*tw:(r+1)*tw], pred[r*out:(r+1)*out], g)
				for j := range g {
					g[j] /= n
				}
			}
			for i := len(m.layers) - 1; i >= 0; i-- {
				grad = m.layers[i].backward(grad, n, true)
			}
			checkGrad(t, "inputs", grad, wantX)
		})
	}
}
