// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

// Package optim holds the optimizers that minimize a loss: they move a flat
// vector of parameters θ against its gradient g = ∇f(θ), one Step at a time.
// The same Optimizer drives a point on a 2-D surface (len(θ) == 2) and every
// weight of a network (all of them in one slice).
//
// # The interface
//
//	type Optimizer interface {
//		Name() string
//		Step(params, grad []float64) // θ ← θ − (something), in place
//		Reset()                      // forget moments, accumulators, step count
//		LearningRate() float64
//		SetLearningRate(lr float64)  // what a Schedule turns
//		Hyperparameters() []Hyperparameter
//	}
//
// Build one by name with New, which takes a map of hyperparameters and
// checks every value (Params lists them, with defaults, ranges and a line
// of doc each), or with a typed constructor that reads well in a chapter:
//
//	adam, err := optim.NewAdam(optim.AdamConfig{LR: 0.01, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8})
//
// Both paths run the same validation, and a bad value is an error that
// names the parameter and its range ("beta1 must be in [0, 1), got 1").
//
// Step never panics. It allocates its state on the first call and nothing
// after. A NaN or ±Inf in the gradient flows into θ: finding divergence is
// the caller's job (see core/train). A Step with a different length than
// the last resets the state to the new length; a Step whose params and grad
// differ in length does nothing.
//
// # Kinds and their defaults
//
// Each kind's doc comment (SGD, Adagrad, RMSprop, Adadelta, Adam, Adamax,
// NAdam) gives its update rule. Defaults are PyTorch's, with two
// exceptions: sgd's lr, which PyTorch 2.2+ sets to 1e-3 (it was required
// before), and Adagrad's accumulator and ε, which come with its Keras and
// TensorFlow.js rule (ε inside the root):
//
//	kind      defaults                                            Keras's defaults, where they differ
//	sgd       lr 0.01, momentum 0, dampening 0, nesterov off      —
//	adagrad   lr 0.01, initial_accumulator 0.1, ε 1e-7            lr 0.001   (PyTorch: s₀ 0, ε 1e-10)
//	rmsprop   lr 0.01, ρ 0.99, ε 1e-8, momentum 0, centered off   lr 0.001, ρ 0.9, ε 1e-7
//	adadelta  lr 1.0, ρ 0.9, ε 1e-6                               lr 0.001, ρ 0.95, ε 1e-7
//	adam      lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-8                  ε 1e-7
//	amsgrad   as adam                                             ε 1e-7
//	adamw     as adam, weight_decay 0.01                          ε 1e-7, weight_decay 0.004
//	adamax    lr 0.002, β₁ 0.9, β₂ 0.999, ε 1e-8                  lr 0.001, ε 1e-7
//	nadam     lr 0.002, β₁ 0.9, β₂ 0.999, ε 1e-8, ψ 0.004         lr 0.001, ε 1e-7
//
// TensorFlow.js mostly follows Keras (ε 1e-7, ρ 0.9); its SGD and momentum
// optimizers have no default lr.
//
// Every kind also takes weight_decay (default 0 except adamw). It is coupled
// L2, g ← g + λ·θ, as PyTorch's weight_decay does, for all kinds but adamw,
// whose decay is decoupled: θ ← θ − η·λ·θ, outside the adaptive scaling.
//
// # Where frameworks disagree
//
// The same name can hide different arithmetic. Where a choice changes the
// path an optimizer takes on the reference cases (ε in Adagrad and
// RMSprop), descent follows TensorFlow.js and Keras, whose numbers the
// project is checked against; elsewhere it follows PyTorch. Each line is
// pinned by a test in convention_test.go or paper_test.go.
//
//	ε in Adagrad
//	  descent, Keras, TF.js:   θ ← θ − η·g/√(s + ε)
//	  PyTorch:                 θ ← θ − η·g/(√s + ε)
//	ε in RMSprop
//	  descent, Keras, TF.js:   a = √(v + ε)
//	  PyTorch:                 a = √v + ε
//	η in RMSprop's momentum buffer
//	  descent, Keras, TF.js:   b ← μ·b + η·g/a;  θ ← θ − b
//	  PyTorch:                 b ← μ·b + g/a;    θ ← θ − η·b
//	η in SGD's momentum buffer
//	  descent, PyTorch, TF.js: b ← μ·b + g;      θ ← θ − η·b   (first step b = g)
//	  Keras:                   v ← μ·v − η·g;    θ ← θ + v
//	ε in Adam
//	  descent, PyTorch, TF.js, Kingma & Ba Alg. 1:  θ ← θ − η·m̂/(√v̂ + ε)
//	  Keras, Kingma & Ba §2's "efficient version":  θ ← θ − η·√(1−β₂ᵗ)/(1−β₁ᵗ)·m/(√v + ε̂)
//	ε in Adamax
//	  descent, Keras, TF.js:   u ← max(β₂·u, |g|);      θ ← θ − η/(1−β₁ᵗ)·m/(u + ε)
//	  PyTorch:                 u ← max(β₂·u, |g| + ε);  θ ← θ − η/(1−β₁ᵗ)·m/u
//	Adadelta's learning rate
//	  descent, PyTorch:        θ ← θ − η·Δ, η = 1 by default (the paper has no η)
//	  Keras:                   the same rule with η = 0.001 by default
//	Adadelta's denominator
//	  descent, Zeiler, PyTorch, Keras:  √(E[g²] + ε) with E[g²] updated by this step's g
//	  TF.js:                            the previous step's E[g²]
//	centered RMSprop
//	  descent, Graves, Keras:  a = √(v − ḡ² + ε)
//	  PyTorch:                 a = √(v − ḡ²) + ε;   TF.js deviates from both
//	AdamW's decay
//	  descent, PyTorch, Keras: θ ← θ·(1 − η·λ)
//	  Loshchilov & Hutter:     θ ← θ − ηₜ·λ·θ with ηₜ only the schedule multiplier
//	NAdam's momentum
//	  descent, PyTorch, Keras: μₜ = β₁·(1 − ½·0.96^(0.004·t))
//	  Dozat's simple form:     μ = β₁ at every step
//	clipping by global norm
//	  descent, TensorFlow:     g ← g·c/‖g‖
//	  PyTorch:                 g ← g·c/(‖g‖ + 1e-6)
//	L2 penalty
//	  descent, PyTorch's weight_decay:  ½·λ·Σθ², gradient λ·θ
//	  Keras's l2(λ):                    λ·Σθ², gradient 2·λ·θ
//
// Differences in ε matter only when the second moment is comparable to ε,
// which is exactly near a minimum, where gradients vanish. Differences in
// where η sits matter only when η changes during a run (a Schedule).
//
// # Schedules, penalties and clipping
//
// A Schedule maps a step number to a learning rate; Apply sets it on an
// optimizer before each Step. NewSchedule builds one by name, checked like
// New. AddL2, AddL1, L2Penalty and L1Penalty add coupled penalties to a
// gradient and a loss (L2 is ½·λ·Σθ², PyTorch's scale); DecayWeights is
// decoupled decay; ClipByValue and ClipByGlobalNorm tame exploding
// gradients. They are plain functions over slices that allocate nothing.
package optim
