package loss

import (
	"math"
	"math/rand/v2"
	"testing"
)

// These tests check that losses which are the same function written two
// ways agree, which a learner can verify by hand, and that the focal loss
// does what its name says.

func sampleAndGrad(l Loss, yTrue, yPred []float64) (float64, []float64) {
	g := make([]float64, len(yPred))
	l.SampleGrad(yTrue, yPred, g)
	return l.Sample(yTrue, yPred), g
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*(1+math.Abs(b)) }

func softmax(x []float64) []float64 {
	lse := logSumExp(x)
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = math.Exp(v - lse)
	}
	return out
}

func TestLogitsVariantsMatchProbabilityVariants(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 20 {
		x := normals(r, 4, 2)
		y := binaryLabels(r, 4)
		p := make([]float64, 4)
		for i := range x {
			p[i] = sigmoid(x[i])
		}
		// Same value; the logit gradient is the probability gradient times σ′(x).
		checkChain(t, "binary_crossentropy", BinaryCrossentropyFromLogits(), BinaryCrossentropy(), y, x, p)
		for _, gamma := range []float64{0, 0.5, 2} {
			fl, _ := BinaryFocalFromLogits(gamma, 0.25)
			fp, _ := BinaryFocal(gamma, 0.25)
			checkChain(t, "binary_focal_crossentropy", fl, fp, y, x, p)
		}
		d := distribution(r, 4)
		vl := CategoricalCrossentropyFromLogits().Sample(d, x)
		vp := CategoricalCrossentropy().Sample(d, softmax(x))
		if !near(vl, vp) {
			t.Errorf("categorical: logits %v, probabilities %v", vl, vp)
		}
	}
}

// checkChain compares a logit loss at x with its probability form at
// p = σ(x): equal values, and ∂/∂x = ∂/∂p·p·(1−p).
func checkChain(t *testing.T, name string, logits, probs Loss, y, x, p []float64) {
	t.Helper()
	vl, gl := sampleAndGrad(logits, y, x)
	vp, gp := sampleAndGrad(probs, y, p)
	if !near(vl, vp) {
		t.Errorf("%s: logits value %v, probabilities value %v", name, vl, vp)
	}
	for i := range gl {
		if want := gp[i] * p[i] * (1 - p[i]); !near(gl[i], want) {
			t.Errorf("%s: ∂/∂x[%d] = %v, want ∂/∂p·σ′ = %v", name, i, gl[i], want)
		}
	}
}

func TestSparseEqualsCategoricalOnOneHot(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 20 {
		k := r.IntN(5)
		oneHot := make([]float64, 5)
		oneHot[k] = 1
		x := normals(r, 5, 2)
		vs, gs := sampleAndGrad(SparseCategoricalCrossentropyFromLogits(), []float64{float64(k)}, x)
		vc, gc := sampleAndGrad(CategoricalCrossentropyFromLogits(), oneHot, x)
		p := uniforms(r, 5, 0.05, 0.9) // unnormalized: both renormalize
		vsp, gsp := sampleAndGrad(SparseCategoricalCrossentropy(), []float64{float64(k)}, p)
		vcp, gcp := sampleAndGrad(CategoricalCrossentropy(), oneHot, p)
		if !near(vs, vc) || !near(vsp, vcp) {
			t.Errorf("class %d: sparse %v / %v, categorical %v / %v", k, vs, vsp, vc, vcp)
		}
		for i := range gs {
			if !near(gs[i], gc[i]) || !near(gsp[i], gcp[i]) {
				t.Errorf("class %d: gradient[%d] sparse %v / %v, categorical %v / %v", k, i, gs[i], gsp[i], gc[i], gcp[i])
			}
		}
	}
}

// Keras's docstring for binary_focal_crossentropy gives, for gamma=2 and no
// class balancing, these per-sample values (rounded to 3 places).
func TestFocalMatchesKerasDocstring(t *testing.T) {
	focal, _ := BinaryFocal(2, NoClassBalance)
	yTrue := [][]float64{{0, 1}, {0, 0}}
	yPred := [][]float64{{0.6, 0.4}, {0.4, 0.6}}
	want := []float64{0.330, 0.206}
	got := make([]float64, 2)
	PerSample(focal, yTrue, yPred, got)
	for i := range want {
		if math.Abs(got[i]-want[i]) > 0.0005 {
			t.Errorf("sample %d: %v, Keras says %v", i, got[i], want[i])
		}
	}
}

func TestFocalFocusesOnHardExamples(t *testing.T) {
	bce := BinaryCrossentropy()
	plain, _ := BinaryFocal(0, NoClassBalance)
	focal, _ := BinaryFocal(2, NoClassBalance)
	balanced, _ := BinaryFocal(2, 0.25)
	for _, p := range []float64{0.01, 0.3, 0.5, 0.9, 0.999} {
		y := []float64{1}
		if a, b := plain.Sample(y, []float64{p}), bce.Sample(y, []float64{p}); !near(a, b) {
			t.Errorf("γ=0 without α at p=%v: %v, BCE %v", p, a, b)
		}
		// The focal factor is (1 − p)² for a positive.
		if a, b := focal.Sample(y, []float64{p}), (1-p)*(1-p)*bce.Sample(y, []float64{p}); !near(a, b) {
			t.Errorf("γ=2 at p=%v: %v, want (1−p)²·BCE = %v", p, a, b)
		}
		// α = 0.25 weights positives by 0.25, negatives by 0.75.
		if a, b := balanced.Sample(y, []float64{p}), 0.25*focal.Sample(y, []float64{p}); !near(a, b) {
			t.Errorf("α=0.25 positive at p=%v: %v, want %v", p, a, b)
		}
		if a, b := balanced.Sample([]float64{0}, []float64{p}), 0.75*focal.Sample([]float64{0}, []float64{p}); !near(a, b) {
			t.Errorf("α=0.25 negative at p=%v: %v, want %v", p, a, b)
		}
	}
	// An easy example (p = 0.9 for a positive) loses 100× its BCE weight; a
	// hard one (p = 0.1) keeps most of it.
	easy := focal.Sample([]float64{1}, []float64{0.9}) / bce.Sample([]float64{1}, []float64{0.9})
	hard := focal.Sample([]float64{1}, []float64{0.1}) / bce.Sample([]float64{1}, []float64{0.1})
	if !near(easy, 0.01) || !near(hard, 0.81) {
		t.Errorf("focal/BCE: easy %v (want 0.01), hard %v (want 0.81)", easy, hard)
	}
}
