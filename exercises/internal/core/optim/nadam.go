// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

import "math"

// defaultMomentumDecay is ψ in NAdam's momentum schedule, PyTorch's and
// Keras's value (from Dozat 2016).
const defaultMomentumDecay = 0.004

// NAdamConfig holds NAdam's hyperparameters. Start from
// DefaultNAdamConfig.
type NAdamConfig struct {
	LR          float64 // η > 0
	Beta1       float64 // β₁ in [0, 1)
	Beta2       float64 // β₂ in [0, 1)
	Eps         float64 // ε ≥ 0
	WeightDecay float64 // coupled L2 λ ≥ 0
	// MomentumDecay is ψ ≥ 0 in μₜ = β₁·(1 − ½·0.96^(t·ψ)). New always uses
	// 0.004; ψ = 0 gives a constant μ = β₁/2.
	MomentumDecay float64
}

// DefaultNAdamConfig is PyTorch's: lr 0.002, β₁ 0.9, β₂ 0.999, ε 1e-8,
// ψ 0.004. Keras uses lr 0.001 and ε 1e-7 with the same schedule.
func DefaultNAdamConfig() NAdamConfig {
	return NAdamConfig{LR: 0.002, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8, MomentumDecay: defaultMomentumDecay}
}

func (c NAdamConfig) values() map[string]float64 {
	return map[string]float64{"lr": c.LR, "beta1": c.Beta1, "beta2": c.Beta2,
		"eps": c.Eps, "weight_decay": c.WeightDecay}
}

// NAdam is Adam with Nesterov momentum (Dozat 2016): the step uses the
// momentum it is about to have, not the one it had. Following PyTorch's
// torch.optim.NAdam and Keras's Nadam, at step t = 1, 2, …:
//
//	g ← ∇f(θ) + λ·θ
//	μₜ = β₁·(1 − ½·0.96^(t·ψ)),  Πₜ = μ₁·μ₂·…·μₜ
//	m ← β₁·m + (1 − β₁)·g
//	v ← β₂·v + (1 − β₂)·g²
//	v̂ = v/(1 − β₂ᵗ)
//	θ ← θ − η·[ (1 − μₜ)/(1 − Πₜ)·g + μₜ₊₁/(1 − Πₜ·μₜ₊₁)·m ] / (√v̂ + ε)
//
// Conventions: ε outside the root (PyTorch, Keras). The momentum schedule
// with ψ = 0.004 is PyTorch's and Keras's; many texts show Dozat's simpler
// form with constant μ = β₁, θ ← θ − η/(√v̂ + ε)·(β₁·m̂ + (1 − β₁)·g/(1 − β₁ᵗ)),
// which takes slightly different steps. TensorFlow.js has no NAdam.
type NAdam struct {
	cfg    NAdamConfig
	m, v   []float64
	t      int
	pow2   float64 // β₂ᵗ
	muProd float64 // Πₜ
}

// NewNAdam validates c and builds NAdam.
func NewNAdam(c NAdamConfig) (*NAdam, error) {
	if _, err := resolve("nadam", c.values()); err != nil {
		return nil, err
	}
	if err := (ParamSpec{Name: "momentum_decay", Min: 0, Max: inf, MinInclusive: true}).Check(c.MomentumDecay); err != nil {
		return nil, err
	}
	return newNAdam(c), nil
}

func newNAdam(c NAdamConfig) *NAdam { return &NAdam{cfg: c, pow2: 1, muProd: 1} }

func (o *NAdam) Name() string                      { return "nadam" }
func (o *NAdam) Config() NAdamConfig               { return o.cfg }
func (o *NAdam) Steps() int                        { return o.t }
func (o *NAdam) LearningRate() float64             { return o.cfg.LR }
func (o *NAdam) Hyperparameters() []Hyperparameter { return hyperparameters("nadam", o.cfg.values()) }

// SetLearningRate sets η; a negative or non-finite value is ignored.
func (o *NAdam) SetLearningRate(lr float64) {
	if validRate(lr) {
		o.cfg.LR = lr
	}
}

func (o *NAdam) Reset() {
	clear(o.m)
	clear(o.v)
	o.t, o.pow2, o.muProd = 0, 1, 1
}

// momentumAt is μₜ of the schedule.
func (o *NAdam) momentumAt(t int) float64 {
	return o.cfg.Beta1 * (1 - 0.5*math.Pow(0.96, float64(t)*o.cfg.MomentumDecay))
}

// Step moves params against grad. When the lengths differ it does nothing.
func (o *NAdam) Step(params, grad []float64) {
	if len(params) != len(grad) {
		return
	}
	if n := len(params); len(o.m) != n {
		o.m, o.v = resize(o.m, n), resize(o.v, n)
		o.t, o.pow2, o.muProd = 0, 1, 1
	}
	c := o.cfg
	o.t++
	o.pow2 *= c.Beta2
	mu, muNext := o.momentumAt(o.t), o.momentumAt(o.t+1)
	o.muProd *= mu
	gradWeight := c.LR * (1 - mu) / (1 - o.muProd)
	momentumWeight := c.LR * muNext / (1 - o.muProd*muNext)
	sqrtCorrection2 := math.Sqrt(1 - o.pow2)
	for i, g := range grad {
		g += c.WeightDecay * params[i]
		o.m[i] = c.Beta1*o.m[i] + (1-c.Beta1)*g
		o.v[i] = c.Beta2*o.v[i] + (1-c.Beta2)*g*g
		denom := math.Sqrt(o.v[i])/sqrtCorrection2 + c.Eps
		params[i] -= ratio(gradWeight*g+momentumWeight*o.m[i], denom)
	}
}
