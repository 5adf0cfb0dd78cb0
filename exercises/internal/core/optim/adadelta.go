// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

import "math"

// AdadeltaConfig holds Adadelta's hyperparameters. Start from
// DefaultAdadeltaConfig.
type AdadeltaConfig struct {
	LR          float64 // η > 0; 1 is the paper's method
	Rho         float64 // ρ in [0, 1)
	Eps         float64 // ε > 0
	WeightDecay float64 // coupled L2 λ ≥ 0
}

// DefaultAdadeltaConfig is PyTorch's: lr 1.0, ρ 0.9, ε 1e-6. Keras uses
// lr 0.001, ρ 0.95, ε 1e-7; the paper ρ 0.95, ε 1e-6 and no lr at all.
func DefaultAdadeltaConfig() AdadeltaConfig { return AdadeltaConfig{LR: 1, Rho: 0.9, Eps: 1e-6} }

func (c AdadeltaConfig) values() map[string]float64 {
	return map[string]float64{"lr": c.LR, "rho": c.Rho, "eps": c.Eps, "weight_decay": c.WeightDecay}
}

// Adadelta (Zeiler 2012, Algorithm 1) sizes each step by the ratio of two
// running root mean squares, of past steps and of past gradients, so the
// step has the units of θ and needs no learning rate:
//
//	g ← ∇f(θ) + λ·θ
//	E[g²] ← ρ·E[g²] + (1 − ρ)·g²
//	Δ = √(E[Δ²] + ε)/√(E[g²] + ε) · g     (E[Δ²] from the previous step)
//	E[Δ²] ← ρ·E[Δ²] + (1 − ρ)·Δ²
//	θ ← θ − η·Δ
//
// Conventions:
//   - Learning rate: the paper has none (η = 1 here reproduces it).
//     PyTorch multiplies the step by lr (default 1.0) but accumulates the
//     unscaled Δ in E[Δ²], as this code does. Keras does the same with a
//     default lr of 0.001, which makes Adadelta a thousand times slower than
//     the paper's; set lr 1 to match the paper.
//   - TensorFlow.js divides by the previous step's E[g²] rather than the
//     updated one, which is not Algorithm 1; this code follows the paper.
//   - ε sits inside both roots, as in the paper, PyTorch and Keras. It
//     must be > 0: E[Δ²] starts at 0, so ε alone sizes the first step.
type Adadelta struct {
	cfg      AdadeltaConfig
	meanSqG  []float64 // E[g²]
	meanSqDx []float64 // E[Δ²]
	t        int
}

// NewAdadelta validates c and builds Adadelta.
func NewAdadelta(c AdadeltaConfig) (*Adadelta, error) {
	if _, err := resolve("adadelta", c.values()); err != nil {
		return nil, err
	}
	return newAdadelta(c), nil
}

func newAdadelta(c AdadeltaConfig) *Adadelta { return &Adadelta{cfg: c} }

func (o *Adadelta) Name() string           { return "adadelta" }
func (o *Adadelta) Config() AdadeltaConfig { return o.cfg }
func (o *Adadelta) Steps() int             { return o.t }
func (o *Adadelta) LearningRate() float64  { return o.cfg.LR }
func (o *Adadelta) Hyperparameters() []Hyperparameter {
	return hyperparameters("adadelta", o.cfg.values())
}

// SetLearningRate sets η; a negative or non-finite value is ignored.
func (o *Adadelta) SetLearningRate(lr float64) {
	if validRate(lr) {
		o.cfg.LR = lr
	}
}

func (o *Adadelta) Reset() {
	clear(o.meanSqG)
	clear(o.meanSqDx)
	o.t = 0
}

// Step moves params against grad. When the lengths differ it does nothing.
func (o *Adadelta) Step(params, grad []float64) {
	if len(params) != len(grad) {
		return
	}
	if n := len(params); len(o.meanSqG) != n {
		o.meanSqG, o.meanSqDx = resize(o.meanSqG, n), resize(o.meanSqDx, n)
		o.t = 0
	}
	c := o.cfg
	for i, g := range grad {
		g += c.WeightDecay * params[i]
		o.meanSqG[i] = c.Rho*o.meanSqG[i] + (1-c.Rho)*g*g
		delta := ratio(math.Sqrt(o.meanSqDx[i]+c.Eps)*g, math.Sqrt(o.meanSqG[i]+c.Eps))
		o.meanSqDx[i] = c.Rho*o.meanSqDx[i] + (1-c.Rho)*delta*delta
		params[i] -= c.LR * delta
	}
	o.t++
}
