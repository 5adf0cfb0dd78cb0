package optim_test

import (
	"math"
	"testing"

	"descent/core/optim"
)

// Each test here pins one convention from the table in doc.go: it sets up
// numbers where the frameworks disagree and checks that descent takes the
// side it documents (and not the other).

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol {
		t.Errorf("%s = %.12g, want %.12g", what, got, want)
	}
}

func mustNew(t *testing.T, kind string, values map[string]float64) optim.Optimizer {
	t.Helper()
	opt, err := optim.New(kind, values)
	if err != nil {
		t.Fatal(err)
	}
	return opt
}

// Adagrad: g/√(s + ε) (Keras, TF.js), not g/(√s + ε) (PyTorch). With s₀ = 0,
// ε = 0.01 and g = 0.1: √(0.01 + 0.01) = 0.141421 gives a step of 0.707107;
// PyTorch's 0.1/(0.1 + 0.01) would be 0.909091.
func TestAdagradPutsEpsInsideTheRoot(t *testing.T) {
	opt := mustNew(t, "adagrad", map[string]float64{"lr": 1, "initial_accumulator": 0, "eps": 0.01})
	theta := []float64{0}
	opt.Step(theta, []float64{0.1})
	near(t, "θ after one step", theta[0], -0.1/math.Sqrt(0.02), 1e-15)
}

// RMSprop: g/√(v + ε) (Keras, TF.js, Graves), not g/(√v + ε) (PyTorch).
// ρ = 0, so v = g² = 0.01; ε = 0.01: step 0.1/√0.02 = 0.707107, PyTorch's
// would be 0.1/0.11 = 0.909091.
func TestRMSpropPutsEpsInsideTheRoot(t *testing.T) {
	opt := mustNew(t, "rmsprop", map[string]float64{"lr": 1, "rho": 0, "eps": 0.01})
	theta := []float64{0}
	opt.Step(theta, []float64{0.1})
	near(t, "θ after one step", theta[0], -0.1/math.Sqrt(0.02), 1e-15)
}

// RMSprop's momentum buffer holds η·g/a (Keras, TF.js), so halving η after
// step 1 leaves step 1's contribution at full size:
//
//	ρ = 0, ε = 0, g = 1 each step, so g/a = 1
//	step 1 (η = 1):   b = 1                 θ = −1
//	step 2 (η = 0.5): b = 0.5·1 + 0.5·1 = 1  θ = −2
//
// PyTorch (b ← μb + g/a; θ ← θ − η·b) would give b = 1.5 and θ = −1.75.
func TestRMSpropKeepsTheLearningRateInsideTheMomentumBuffer(t *testing.T) {
	opt := mustNew(t, "rmsprop", map[string]float64{"lr": 1, "rho": 0, "eps": 0, "momentum": 0.5})
	theta := []float64{0}
	opt.Step(theta, []float64{1})
	opt.SetLearningRate(0.5)
	opt.Step(theta, []float64{1})
	near(t, "θ after two steps", theta[0], -2, 1e-15)
}

// SGD's buffer holds gradients and η multiplies it at the end (PyTorch,
// TF.js):
//
//	μ = 0.5, g = 1 each step
//	step 1 (η = 1):   b = g = 1               θ = −1
//	step 2 (η = 0.5): b = 0.5·1 + 1 = 1.5      θ = −1 − 0.5·1.5 = −1.75
//
// Keras (v ← μv − η·g; θ ← θ + v) would give v = −1, then −1 and θ = −2.
func TestSGDKeepsTheLearningRateOutsideTheMomentumBuffer(t *testing.T) {
	opt := mustNew(t, "sgd", map[string]float64{"lr": 1, "momentum": 0.5})
	theta := []float64{0}
	opt.Step(theta, []float64{1})
	opt.SetLearningRate(0.5)
	opt.Step(theta, []float64{1})
	near(t, "θ after two steps", theta[0], -1.75, 1e-15)
}

// PyTorch sets b = g on the first step, undamped; dampening applies from
// the second step on:
//
//	μ = 0.9, dampening 0.5, η = 1, g = 1 each step
//	step 1: b = 1                     θ = −1   (not −0.5)
//	step 2: b = 0.9·1 + 0.5·1 = 1.4   θ = −2.4
func TestSGDFirstMomentumStepIsUndamped(t *testing.T) {
	opt := mustNew(t, "sgd", map[string]float64{"lr": 1, "momentum": 0.9, "dampening": 0.5})
	theta := []float64{0}
	opt.Step(theta, []float64{1})
	near(t, "θ after step 1", theta[0], -1, 1e-15)
	opt.Step(theta, []float64{1})
	near(t, "θ after step 2", theta[0], -2.4, 1e-15)
}

// Adam adds ε to the bias-corrected √v̂ (PyTorch, TF.js). At t = 1, g = 1:
// m̂ = v̂ = 1, so the step is η/(1 + ε) = 1/1.1 with ε = 0.1. Keras's
// ε̂ form, η·√(1−β₂)/(1−β₁)·m/(√v + ε) = 0.316228·0.1/(0.031623 + 0.1),
// would step only 0.240253.
func TestAdamAddsEpsAfterBiasCorrection(t *testing.T) {
	opt := mustNew(t, "adam", map[string]float64{"lr": 1, "eps": 0.1})
	theta := []float64{0}
	opt.Step(theta, []float64{1})
	near(t, "θ after one step", theta[0], -1/1.1, 1e-12)
}

// AMSGrad keeps the maximum of the raw v and bias-corrects that (PyTorch,
// Keras). With η = 0.1, g = 1 then 0:
//
//	step 1: m = 0.1,  v = 0.001,          v̄ = 0.001
//	step 2: m = 0.09, v = 0.000999,       v̄ = 0.001
//	        m̂ = 0.09/(1 − 0.9²) = 0.473684,  √(v̄/(1 − 0.999²)) = 0.707284
//	        step = 0.1·0.473684/0.707284 = 0.066972
//
// Taking the maximum of the bias-corrected v̂ instead (v̂₁ = 1) would give a
// step of 0.047368.
func TestAMSGradKeepsTheMaximumOfRawV(t *testing.T) {
	opt := mustNew(t, "amsgrad", map[string]float64{"lr": 0.1})
	theta := []float64{0}
	opt.Step(theta, []float64{1})
	before := theta[0]
	opt.Step(theta, []float64{0})
	near(t, "step 2", before-theta[0], 0.0669723131741337, 1e-12)
}

// Adamax adds ε to the denominator, u + ε (Keras, TF.js), not to |g| inside
// the max (PyTorch). The two differ once the decayed u wins the max. With
// β₁ = 0 (so m = g and no bias correction), β₂ = 0.5, ε = 0.5, η = 1:
//
//	step 1, g = 1:    u = max(0, 1) = 1,               step = 1/(1 + 0.5)   = 0.666667
//	                  (PyTorch: u = max(0, 1.5) = 1.5,  step = 1/1.5         = 0.666667)
//	step 2, g = 0.1:  u = max(0.5·1, 0.1) = 0.5,        step = 0.1/(0.5 + 0.5) = 0.1
//	                  (PyTorch: u = max(0.75, 0.6) = 0.75, step = 0.1/0.75   = 0.133333)
func TestAdamaxAddsEpsToTheDenominator(t *testing.T) {
	opt := mustNew(t, "adamax", map[string]float64{"lr": 1, "beta1": 0, "beta2": 0.5, "eps": 0.5})
	theta := []float64{0}
	opt.Step(theta, []float64{1})
	near(t, "step 1", -theta[0], 1/1.5, 1e-15)
	before := theta[0]
	opt.Step(theta, []float64{0.1})
	near(t, "step 2", before-theta[0], 0.1, 1e-15)
}

// Adadelta's η multiplies the step but E[Δ²] accumulates the unscaled Δ
// (PyTorch, Keras), so η = 0.5 moves exactly half as far as η = 1 on every
// step. (Had E[Δ²] held the scaled step, the ratio would drift from ½.)
func TestAdadeltaLearningRateScalesEveryStepExactly(t *testing.T) {
	full := mustNew(t, "adadelta", map[string]float64{"lr": 1})
	half := mustNew(t, "adadelta", map[string]float64{"lr": 0.5})
	a, b := []float64{0}, []float64{0}
	for i, g := range []float64{1, -2, 0.5, 3, 0.25} {
		a0, b0 := a[0], b[0]
		full.Step(a, []float64{g})
		half.Step(b, []float64{g})
		near(t, "ratio of steps "+string(rune('1'+i)), (b[0]-b0)/(a[0]-a0), 0.5, 1e-12)
	}
}

// Adadelta's default η is PyTorch's 1.0, the paper's method; Keras's
// default 0.001 would be a thousand times slower.
func TestAdadeltaDefaultIsThePapersMethod(t *testing.T) {
	opt := mustNew(t, "adadelta", nil)
	if opt.LearningRate() != 1 {
		t.Errorf("default lr = %g, want 1", opt.LearningRate())
	}
}

// Weight decay: coupled for adam (g ← g + λθ, then normalized: with g = 0
// Adam's first step is η whatever λ is), decoupled for adamw (θ ← θ(1 − ηλ),
// and with g = 0 that is all that happens).
func TestWeightDecayIsCoupledForAdamAndDecoupledForAdamW(t *testing.T) {
	adam := mustNew(t, "adam", map[string]float64{"lr": 0.1, "weight_decay": 0.01})
	theta := []float64{1}
	adam.Step(theta, []float64{0})
	near(t, "adam θ", theta[0], 1-0.1/(1+1e-8/0.01), 1e-12)

	adamw := mustNew(t, "adamw", map[string]float64{"lr": 0.1, "weight_decay": 0.01})
	theta = []float64{1}
	adamw.Step(theta, []float64{0})
	near(t, "adamw θ", theta[0], 1-0.1*0.01, 1e-15)
}

// SGD's weight decay is PyTorch's: g ← g + λθ before momentum.
func TestSGDWeightDecayAddsLambdaThetaToTheGradient(t *testing.T) {
	opt := mustNew(t, "sgd", map[string]float64{"lr": 0.1, "weight_decay": 0.5})
	theta := []float64{2}
	opt.Step(theta, []float64{1})
	near(t, "θ", theta[0], 2-0.1*(1+0.5*2), 1e-15)
}

// NAdam uses PyTorch's and Keras's momentum schedule μₜ = β₁(1 − ½·0.96^(0.004t)).
// Step 1 with g = 1, η = 0.002 and default β's:
//
//	μ₁ = 0.9·(1 − ½·0.96^0.004) = 0.450073474,  μ₂ = 0.9·(1 − ½·0.96^0.008) = 0.450146935
//	m = 0.1,  v̂ = 1
//	step = η·[(1 − μ₁)/(1 − μ₁)·1 + μ₂/(1 − μ₁μ₂)·0.1]/(1 + 1e-8) = η·1.056451768
//
// Dozat's simple form with constant μ = β₁, η·(β₁·m̂ + (1 − β₁)·g/(1 − β₁)),
// would step η·1.9.
func TestNAdamFollowsThePyTorchMomentumSchedule(t *testing.T) {
	opt := mustNew(t, "nadam", nil)
	theta := []float64{0}
	opt.Step(theta, []float64{1})
	near(t, "step 1 / η", -theta[0]/0.002, 1.0564517677908707, 1e-12)
}

// Clipping by global norm scales by exactly maxNorm/‖g‖ (TensorFlow), not
// maxNorm/(‖g‖ + 1e-6) (PyTorch): the norm after is maxNorm to the last bits.
func TestClipByGlobalNormScalesExactly(t *testing.T) {
	g := []float64{3e-6, 4e-6} // norm 5e-6: PyTorch's 1e-6 would matter here
	before := optim.ClipByGlobalNorm(g, 1e-6)
	near(t, "norm before", before, 5e-6, 1e-20)
	near(t, "norm after", math.Hypot(g[0], g[1]), 1e-6, 1e-20)
}

// L2 is ½·λ·Σθ² with gradient λθ (PyTorch's weight_decay), not Keras's
// λ·Σθ² with gradient 2λθ.
func TestL2UsesTheHalfConvention(t *testing.T) {
	theta := []float64{3, -4}
	near(t, "L2Penalty", optim.L2Penalty(theta, 0.1), 0.5*0.1*25, 1e-15)
	g := []float64{0, 0}
	optim.AddL2(g, theta, 0.1)
	near(t, "g[0]", g[0], 0.3, 1e-15)
	near(t, "g[1]", g[1], -0.4, 1e-15)
}
