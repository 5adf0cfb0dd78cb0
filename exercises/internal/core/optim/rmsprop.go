// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

import "math"

// RMSpropConfig holds RMSprop's hyperparameters. Start from
// DefaultRMSpropConfig.
type RMSpropConfig struct {
	LR          float64 // η > 0
	Rho         float64 // ρ in [0, 1) (PyTorch's alpha, TensorFlow.js's decay)
	Eps         float64 // ε ≥ 0, inside the root
	Momentum    float64 // μ in [0, 1)
	Centered    bool
	WeightDecay float64 // coupled L2 λ ≥ 0
}

// DefaultRMSpropConfig is PyTorch's: lr 0.01, ρ 0.99, ε 1e-8, no momentum.
// Keras uses lr 0.001, ρ 0.9, ε 1e-7; TensorFlow.js ρ 0.9, ε 1e-7.
func DefaultRMSpropConfig() RMSpropConfig { return RMSpropConfig{LR: 0.01, Rho: 0.99, Eps: 1e-8} }

func (c RMSpropConfig) values() map[string]float64 {
	return map[string]float64{"lr": c.LR, "rho": c.Rho, "eps": c.Eps, "momentum": c.Momentum,
		"centered": boolValue(c.Centered), "weight_decay": c.WeightDecay}
}

// RMSprop (Hinton, Coursera lecture 6e, 2012) divides the step by a
// running root mean square of the gradient, so it forgets old gradients
// where Adagrad sums them forever. The rule is Keras's and TensorFlow.js's,
// and for the centered form that of Graves (2013, eq. 38–41):
//
//	g ← ∇f(θ) + λ·θ
//	v ← ρ·v + (1 − ρ)·g²
//	a ← √(v + ε)                                    (plain)
//	ḡ ← ρ·ḡ + (1 − ρ)·g;  a ← √(v − ḡ² + ε)          (centered)
//	b ← μ·b + η·g/a;  θ ← θ − b                      (b starts at 0; μ = 0 gives θ ← θ − η·g/a)
//
// Conventions:
//   - ε inside the root: Keras, TensorFlow.js and Graves. PyTorch adds it
//     outside, a = √v + ε. Near a minimum, where v shrinks towards ε, the
//     two take visibly different paths.
//   - η inside the momentum buffer: Keras, TensorFlow.js and Graves. PyTorch
//     keeps it outside, b ← μ·b + g/a; θ ← θ − η·b. Same path while η is
//     constant; under a schedule, ours lets a changed η act on new steps
//     only.
//   - Centered: TensorFlow.js 4.x deviates from Graves (it subtracts ε under
//     the root), so this form is checked against the paper instead.
//     Rounding can make v − ḡ² slightly negative; it is clamped to 0.
//   - Defaults are PyTorch's (ρ 0.99, ε 1e-8); Keras and TensorFlow.js use
//     ρ 0.9 and ε 1e-7. Graves used ρ 0.95, μ 0.9, η 1e-4, ε 1e-4.
type RMSprop struct {
	cfg    RMSpropConfig
	meanSq []float64 // v
	meanG  []float64 // ḡ, centered only
	buf    []float64 // b, momentum only
	t      int
}

// NewRMSprop validates c and builds RMSprop.
func NewRMSprop(c RMSpropConfig) (*RMSprop, error) {
	if _, err := resolve("rmsprop", c.values()); err != nil {
		return nil, err
	}
	return newRMSprop(c), nil
}

func newRMSprop(c RMSpropConfig) *RMSprop { return &RMSprop{cfg: c} }

func (o *RMSprop) Name() string          { return "rmsprop" }
func (o *RMSprop) Config() RMSpropConfig { return o.cfg }
func (o *RMSprop) Steps() int            { return o.t }
func (o *RMSprop) LearningRate() float64 { return o.cfg.LR }
func (o *RMSprop) Hyperparameters() []Hyperparameter {
	return hyperparameters("rmsprop", o.cfg.values())
}

// SetLearningRate sets η; a negative or non-finite value is ignored.
func (o *RMSprop) SetLearningRate(lr float64) {
	if validRate(lr) {
		o.cfg.LR = lr
	}
}

func (o *RMSprop) Reset() {
	clear(o.meanSq)
	clear(o.meanG)
	clear(o.buf)
	o.t = 0
}

// Step moves params against grad. When the lengths differ it does nothing.
func (o *RMSprop) Step(params, grad []float64) {
	if len(params) != len(grad) {
		return
	}
	c := o.cfg
	if n := len(params); len(o.meanSq) != n {
		o.meanSq = resize(o.meanSq, n)
		if c.Centered {
			o.meanG = resize(o.meanG, n)
		}
		if c.Momentum != 0 {
			o.buf = resize(o.buf, n)
		}
		o.t = 0
	}
	for i, g := range grad {
		g += c.WeightDecay * params[i]
		o.meanSq[i] = c.Rho*o.meanSq[i] + (1-c.Rho)*g*g
		variance := o.meanSq[i]
		if c.Centered {
			o.meanG[i] = c.Rho*o.meanG[i] + (1-c.Rho)*g
			// math.Max keeps a NaN, so a NaN gradient still propagates.
			variance = math.Max(variance-o.meanG[i]*o.meanG[i], 0)
		}
		step := c.LR * ratio(g, math.Sqrt(variance+c.Eps))
		if c.Momentum != 0 {
			o.buf[i] = c.Momentum*o.buf[i] + step
			step = o.buf[i]
		}
		params[i] -= step
	}
	o.t++
}
