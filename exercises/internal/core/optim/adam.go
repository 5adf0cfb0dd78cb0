// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

import "math"

// AdamConfig holds the hyperparameters shared by Adam, AMSGrad, AdamW and
// Adamax. The zero value is not valid (LR must be > 0); start from
// DefaultAdamConfig (or DefaultAdamWConfig, DefaultAdamaxConfig).
type AdamConfig struct {
	LR          float64 // η > 0
	Beta1       float64 // β₁ in [0, 1)
	Beta2       float64 // β₂ in [0, 1)
	Eps         float64 // ε ≥ 0
	WeightDecay float64 // λ ≥ 0: coupled L2 for Adam, AMSGrad, Adamax; decoupled for AdamW
}

// DefaultAdamConfig is PyTorch's: lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-8.
// Keras and TensorFlow.js use ε 1e-7.
func DefaultAdamConfig() AdamConfig {
	return AdamConfig{LR: 0.001, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8}
}

// DefaultAdamWConfig is PyTorch's: Adam's defaults with weight decay 0.01.
// Keras's AdamW uses weight decay 0.004 and ε 1e-7.
func DefaultAdamWConfig() AdamConfig {
	c := DefaultAdamConfig()
	c.WeightDecay = 0.01
	return c
}

func (c AdamConfig) values() map[string]float64 {
	return map[string]float64{"lr": c.LR, "beta1": c.Beta1, "beta2": c.Beta2,
		"eps": c.Eps, "weight_decay": c.WeightDecay}
}

// Adam is adaptive moment estimation (Kingma & Ba 2015) and two variants
// of it, chosen by its kind: "adam", "amsgrad" (Reddi et al. 2018) and
// "adamw" (Loshchilov & Hutter 2019). At step t = 1, 2, …:
//
//	g ← ∇f(θ) + λ·θ                  (adam, amsgrad: coupled L2)
//	θ ← θ − η·λ·θ                    (adamw instead: decoupled decay, g unchanged)
//	m ← β₁·m + (1 − β₁)·g
//	v ← β₂·v + (1 − β₂)·g²
//	v̄ ← max(v̄, v)                   (amsgrad only; v̄ replaces v below)
//	m̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ)
//	θ ← θ − η·m̂/(√v̂ + ε)
//
// Conventions:
//   - ε is added outside the root, to the bias-corrected √v̂, as in the
//     paper's Algorithm 1, PyTorch and TensorFlow.js. Keras (and the paper's "efficient version",
//     Kingma & Ba §2) fold the corrections into the step size instead,
//     η̂ = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ), θ ← θ − η̂·m/(√v + ε̂). That is our rule
//     with ε = ε̂/√(1 − β₂ᵗ), so Keras's ε weighs more in the first steps
//     (about 30× at t = 1 with β₂ = 0.999). They agree when ε ≪ √v̂.
//   - Defaults are PyTorch's (ε 1e-8); Keras and TensorFlow.js use 1e-7.
//   - AMSGrad keeps the maximum of the raw v (PyTorch and Keras), then
//     bias-corrects it; the paper has no bias correction at all.
//   - AdamW multiplies the decay by η (PyTorch, Keras): θ ← θ(1 − η·λ). The
//     paper writes θ ← θ − ηₜ·(α·m̂/(√v̂ + ε) + λ·θ) with a schedule
//     multiplier ηₜ, so its λ is not scaled by the base rate α. PyTorch's
//     default λ is 0.01, Keras's 0.004.
type Adam struct {
	kind     string // adam, amsgrad or adamw
	cfg      AdamConfig
	m, v     []float64
	vMax     []float64 // AMSGrad's running maximum of v
	t        int
	pow1     float64 // β₁ᵗ
	pow2     float64 // β₂ᵗ
	decouple bool
}

// NewAdam validates c and builds Adam.
func NewAdam(c AdamConfig) (*Adam, error) { return newValidatedAdam("adam", c) }

// NewAMSGrad validates c and builds AMSGrad: Adam whose denominator never
// shrinks.
func NewAMSGrad(c AdamConfig) (*Adam, error) { return newValidatedAdam("amsgrad", c) }

// NewAdamW validates c and builds AdamW: Adam with decoupled weight decay
// c.WeightDecay. Start from DefaultAdamWConfig.
func NewAdamW(c AdamConfig) (*Adam, error) { return newValidatedAdam("adamw", c) }

func newValidatedAdam(kind string, c AdamConfig) (*Adam, error) {
	if _, err := resolve(kind, c.values()); err != nil {
		return nil, err
	}
	return newAdam(kind, c), nil
}

func newAdam(kind string, c AdamConfig) *Adam {
	return &Adam{kind: kind, cfg: c, pow1: 1, pow2: 1, decouple: kind == "adamw"}
}

func (o *Adam) Name() string                      { return o.kind }
func (o *Adam) Config() AdamConfig                { return o.cfg }
func (o *Adam) Steps() int                        { return o.t }
func (o *Adam) LearningRate() float64             { return o.cfg.LR }
func (o *Adam) Hyperparameters() []Hyperparameter { return hyperparameters(o.kind, o.cfg.values()) }

// SetLearningRate sets η; a negative or non-finite value is ignored.
func (o *Adam) SetLearningRate(lr float64) {
	if validRate(lr) {
		o.cfg.LR = lr
	}
}

func (o *Adam) Reset() {
	clear(o.m)
	clear(o.v)
	clear(o.vMax)
	o.t, o.pow1, o.pow2 = 0, 1, 1
}

// Step moves params against grad. When the lengths differ it does nothing.
func (o *Adam) Step(params, grad []float64) {
	if len(params) != len(grad) {
		return
	}
	n := len(params)
	if len(o.m) != n {
		o.m, o.v = resize(o.m, n), resize(o.v, n)
		if o.kind == "amsgrad" {
			o.vMax = resize(o.vMax, n)
		}
		o.t, o.pow1, o.pow2 = 0, 1, 1
	}
	c := o.cfg
	o.t++
	o.pow1 *= c.Beta1
	o.pow2 *= c.Beta2
	stepSize := c.LR / (1 - o.pow1)
	sqrtCorrection2 := math.Sqrt(1 - o.pow2)
	for i, g := range grad {
		if o.decouple {
			params[i] -= c.LR * c.WeightDecay * params[i]
		} else {
			g += c.WeightDecay * params[i]
		}
		o.m[i] = c.Beta1*o.m[i] + (1-c.Beta1)*g
		o.v[i] = c.Beta2*o.v[i] + (1-c.Beta2)*g*g
		v := o.v[i]
		if o.vMax != nil {
			o.vMax[i] = math.Max(o.vMax[i], v)
			v = o.vMax[i]
		}
		params[i] -= stepSize * ratio(o.m[i], math.Sqrt(v)/sqrtCorrection2+c.Eps)
	}
}
