// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

// SGDConfig holds SGD's hyperparameters. The zero value is not valid (LR
// must be > 0); start from DefaultSGDConfig.
type SGDConfig struct {
	LR          float64 // η > 0
	Momentum    float64 // μ in [0, 1)
	Dampening   float64 // in [0, 1]
	Nesterov    bool    // needs Momentum > 0 and Dampening 0
	WeightDecay float64 // coupled L2 λ ≥ 0
}

// DefaultSGDConfig is lr 0.01 and no momentum. PyTorch before 2.2 had no
// default lr (it was required); PyTorch 2.2+ uses 1e-3; Keras uses 0.01.
func DefaultSGDConfig() SGDConfig { return SGDConfig{LR: 0.01} }

func (c SGDConfig) values() map[string]float64 {
	return map[string]float64{"lr": c.LR, "momentum": c.Momentum, "dampening": c.Dampening,
		"nesterov": boolValue(c.Nesterov), "weight_decay": c.WeightDecay}
}

// SGD is stochastic gradient descent with optional momentum, dampening and
// Nesterov look-ahead, following PyTorch's torch.optim.SGD:
//
//	g ← ∇f(θ) + λ·θ                      (coupled weight decay)
//	b ← g                                 on the first step
//	b ← μ·b + (1 − dampening)·g           afterwards
//	d ← g + μ·b   with Nesterov,   d ← b   without
//	θ ← θ − η·d
//
// With μ = 0 this is plain θ ← θ − η·g.
//
// Conventions:
//   - The buffer b holds gradients; η multiplies it at the end (PyTorch,
//     TensorFlow.js). Keras's SGD keeps η inside: v ← μ·v − η·g; θ ← θ + v.
//     The two agree while η is constant and differ when a schedule changes η.
//   - The first step sets b = g, not (1 − dampening)·g: with dampening 0 this
//     equals starting b at zero, as TensorFlow.js and Keras do.
//   - Nesterov in the form above (Sutskever et al. 2013, rewritten so the
//     gradient is taken at θ) is PyTorch's and TensorFlow.js's; Keras writes
//     θ ← θ + μ·v − η·g, which is the same step when η is constant.
type SGD struct {
	cfg SGDConfig
	buf []float64 // momentum buffer b; unused when μ = 0
	t   int       // steps taken since the last Reset
}

// NewSGD validates c and builds an SGD optimizer.
func NewSGD(c SGDConfig) (*SGD, error) {
	if _, err := resolve("sgd", c.values()); err != nil {
		return nil, err
	}
	return newSGD(c), nil
}

func newSGD(c SGDConfig) *SGD { return &SGD{cfg: c} }

func (o *SGD) Name() string                      { return "sgd" }
func (o *SGD) Config() SGDConfig                 { return o.cfg }
func (o *SGD) Steps() int                        { return o.t }
func (o *SGD) LearningRate() float64             { return o.cfg.LR }
func (o *SGD) Hyperparameters() []Hyperparameter { return hyperparameters("sgd", o.cfg.values()) }

// SetLearningRate sets η; a negative or non-finite value is ignored.
func (o *SGD) SetLearningRate(lr float64) {
	if validRate(lr) {
		o.cfg.LR = lr
	}
}

func (o *SGD) Reset() { clear(o.buf); o.t = 0 }

// Step moves params against grad. When the lengths differ it does nothing.
func (o *SGD) Step(params, grad []float64) {
	if len(params) != len(grad) {
		return
	}
	c := o.cfg
	if c.Momentum != 0 && len(o.buf) != len(params) {
		o.buf = resize(o.buf, len(params))
		o.t = 0
	}
	for i, g := range grad {
		g += c.WeightDecay * params[i]
		if c.Momentum != 0 {
			if o.t == 0 {
				o.buf[i] = g
			} else {
				o.buf[i] = c.Momentum*o.buf[i] + (1-c.Dampening)*g
			}
			if c.Nesterov {
				g += c.Momentum * o.buf[i]
			} else {
				g = o.buf[i]
			}
		}
		params[i] -= c.LR * g
	}
	o.t++
}
