// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

import "math"

// DefaultAdamaxConfig is PyTorch's: lr 0.002, β₁ 0.9, β₂ 0.999, ε 1e-8.
// Keras uses lr 0.001 and ε 1e-7; TensorFlow.js ε 1e-7.
func DefaultAdamaxConfig() AdamConfig {
	return AdamConfig{LR: 0.002, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8}
}

// Adamax (Kingma & Ba 2015, §7.1) is Adam with the second moment replaced
// by an exponentially weighted infinity norm: a running maximum of |g|
// that decays by β₂ per step. At step t = 1, 2, …:
//
//	g ← ∇f(θ) + λ·θ
//	m ← β₁·m + (1 − β₁)·g
//	u ← max(β₂·u, |g|)
//	θ ← θ − η/(1 − β₁ᵗ) · m/(u + ε)
//
// Conventions: the paper has no ε. Keras and TensorFlow.js add it to the
// denominator as above. PyTorch adds it to |g| inside the max instead,
// u ← max(β₂·u, |g| + ε), θ ← θ − η/(1 − β₁ᵗ)·m/u; the two differ by at most
// ε in the denominator. Defaults are PyTorch's (lr 0.002, ε 1e-8); Keras
// uses lr 0.001, ε 1e-7.
type Adamax struct {
	cfg  AdamConfig
	m    []float64
	u    []float64 // the decaying maximum of |g|
	t    int
	pow1 float64 // β₁ᵗ
}

// NewAdamax validates c and builds Adamax. Start from DefaultAdamaxConfig.
func NewAdamax(c AdamConfig) (*Adamax, error) {
	if _, err := resolve("adamax", c.values()); err != nil {
		return nil, err
	}
	return newAdamax(c), nil
}

func newAdamax(c AdamConfig) *Adamax { return &Adamax{cfg: c, pow1: 1} }

func (o *Adamax) Name() string                      { return "adamax" }
func (o *Adamax) Config() AdamConfig                { return o.cfg }
func (o *Adamax) Steps() int                        { return o.t }
func (o *Adamax) LearningRate() float64             { return o.cfg.LR }
func (o *Adamax) Hyperparameters() []Hyperparameter { return hyperparameters("adamax", o.cfg.values()) }

// SetLearningRate sets η; a negative or non-finite value is ignored.
func (o *Adamax) SetLearningRate(lr float64) {
	if validRate(lr) {
		o.cfg.LR = lr
	}
}

func (o *Adamax) Reset() {
	clear(o.m)
	clear(o.u)
	o.t, o.pow1 = 0, 1
}

// Step moves params against grad. When the lengths differ it does nothing.
func (o *Adamax) Step(params, grad []float64) {
	if len(params) != len(grad) {
		return
	}
	if n := len(params); len(o.m) != n {
		o.m, o.u = resize(o.m, n), resize(o.u, n)
		o.t, o.pow1 = 0, 1
	}
	c := o.cfg
	o.t++
	o.pow1 *= c.Beta1
	stepSize := c.LR / (1 - o.pow1)
	for i, g := range grad {
		g += c.WeightDecay * params[i]
		o.m[i] = c.Beta1*o.m[i] + (1-c.Beta1)*g
		o.u[i] = math.Max(c.Beta2*o.u[i], math.Abs(g))
		params[i] -= stepSize * ratio(o.m[i], o.u[i]+c.Eps)
	}
}
