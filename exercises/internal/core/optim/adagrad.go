// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

import "math"

// AdagradConfig holds Adagrad's hyperparameters. Start from
// DefaultAdagradConfig.
type AdagradConfig struct {
	LR                 float64 // η > 0
	InitialAccumulator float64 // s₀ ≥ 0
	Eps                float64 // ε ≥ 0, inside the root
	WeightDecay        float64 // coupled L2 λ ≥ 0
}

// DefaultAdagradConfig is lr 0.01 (PyTorch's; Keras uses 0.001), initial
// accumulator 0.1 and ε 1e-7 (Keras's and TensorFlow.js's; PyTorch uses 0
// and 1e-10, with ε outside the root).
func DefaultAdagradConfig() AdagradConfig {
	return AdagradConfig{LR: 0.01, InitialAccumulator: 0.1, Eps: 1e-7}
}

func (c AdagradConfig) values() map[string]float64 {
	return map[string]float64{"lr": c.LR, "initial_accumulator": c.InitialAccumulator,
		"eps": c.Eps, "weight_decay": c.WeightDecay}
}

// Adagrad (Duchi, Hazan & Singer 2011) divides each coordinate's step by
// the root of the sum of all its squared gradients, so coordinates that
// have moved a lot slow down:
//
//	g ← ∇f(θ) + λ·θ
//	s ← s + g²                  (s starts at initial_accumulator)
//	θ ← θ − η·g/√(s + ε)
//
// Conventions: ε inside the root is Keras's and TensorFlow.js's (which
// fixes ε at 1e-7). PyTorch adds it outside, θ ← θ − η·g/(√s + ε), with
// ε 1e-10 and s₀ 0. The two differ while s is tiny: with no initial
// accumulator and a gradient of 3e-4, √(s + 1e-7) is 1.5 times √s.
type Adagrad struct {
	cfg AdagradConfig
	sum []float64 // s: running sum of squared gradients
	t   int
}

// NewAdagrad validates c and builds Adagrad.
func NewAdagrad(c AdagradConfig) (*Adagrad, error) {
	if _, err := resolve("adagrad", c.values()); err != nil {
		return nil, err
	}
	return newAdagrad(c), nil
}

func newAdagrad(c AdagradConfig) *Adagrad { return &Adagrad{cfg: c} }

func (o *Adagrad) Name() string          { return "adagrad" }
func (o *Adagrad) Config() AdagradConfig { return o.cfg }
func (o *Adagrad) Steps() int            { return o.t }
func (o *Adagrad) LearningRate() float64 { return o.cfg.LR }
func (o *Adagrad) Hyperparameters() []Hyperparameter {
	return hyperparameters("adagrad", o.cfg.values())
}

// SetLearningRate sets η; a negative or non-finite value is ignored.
func (o *Adagrad) SetLearningRate(lr float64) {
	if validRate(lr) {
		o.cfg.LR = lr
	}
}

func (o *Adagrad) Reset() {
	for i := range o.sum {
		o.sum[i] = o.cfg.InitialAccumulator
	}
	o.t = 0
}

// Step moves params against grad. When the lengths differ it does nothing.
func (o *Adagrad) Step(params, grad []float64) {
	if len(params) != len(grad) {
		return
	}
	if len(o.sum) != len(params) {
		o.sum = resize(o.sum, len(params))
		o.Reset()
	}
	c := o.cfg
	for i, g := range grad {
		g += c.WeightDecay * params[i]
		o.sum[i] += g * g
		params[i] -= c.LR * ratio(g, math.Sqrt(o.sum[i]+c.Eps))
	}
	o.t++
}
