// Code generated from descent/core/loss by go test ./runner -run Pristine -update; DO NOT EDIT.

package loss

import (
	"math"
)

// Categorical losses score a whole row as one probability distribution over
// n classes, so the per-sample value is a sum over the row, not a mean
// (Keras's convention: −Σ y·log q is already "per sample").

// CategoricalCrossentropy returns the categorical cross-entropy on
// probabilities, Keras "categorical_crossentropy" (from_logits=false). yTrue
// is a distribution over the classes (usually one-hot). As Keras and
// TensorFlow.js do, the prediction row is first renormalized to sum to 1,
// then clipped to [ε, 1−ε], ε = 1e-7:
//
//	S = Σⱼ pⱼ,   qᵢ = pᵢ/S,   cᵢ = clip(qᵢ, ε, 1−ε)
//	ℓ(y, p) = −Σᵢ yᵢ·log cᵢ
//
// The gradient goes through the renormalization, so it is not the plain
// −yᵢ/pᵢ: with gᵢ = −yᵢ/cᵢ where ε ≤ qᵢ ≤ 1−ε and gᵢ = 0 where the clip
// bites,
//
//	∂ℓ/∂pⱼ = (gⱼ − Σᵢ gᵢ·qᵢ)/S
//
// For a softmax output (S = 1) and one-hot y with class k unclipped, that is
// −1/pₖ + 1 on class k and +1 elsewhere. PyTorch's NLLLoss takes log
// probabilities and neither renormalizes nor clips; its CrossEntropyLoss
// takes logits (see CategoricalCrossentropyFromLogits).
//
// S is computed after scaling the row by its largest |pⱼ|, so it cannot
// overflow. A row that sums to exactly 0 (all zeros, say) has no
// distribution to renormalize and Keras returns NaN; this code instead
// scores it as if every class had the floor probability ε, −log ε·Σᵢ yᵢ,
// with a zero gradient. For labels in [0, 1] the value is finite for every
// finite p, and the gradient is finite unless its true value exceeds
// MaxFloat64 (rows summing to less than about 1e-300).
func CategoricalCrossentropy() Loss { return categoricalCE{} }

type categoricalCE struct{}

func (categoricalCE) Name() string   { return "categorical_crossentropy" }
func (categoricalCE) String() string { return "categorical_crossentropy" }

func (categoricalCE) Sample(yTrue, yPred []float64) float64 {
	checkPair("categorical_crossentropy", yTrue, yPred)
	scale, sum := rowSum(yPred)
	if sum == 0 {
		return floorLoss(yTrue)
	}
	var s float64
	for i, p := range yPred {
		if yTrue[i] == 0 {
			continue
		}
		c, _ := clipProb(p / scale / sum)
		s -= yTrue[i] * math.Log(c)
	}
	return s
}

func (categoricalCE) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("categorical_crossentropy", yTrue, yPred)
	checkGrad("categorical_crossentropy", yPred, grad)
	renormalizedGrad(yTrue, yPred, grad)
}

// rowSum returns the largest |pⱼ| and Σⱼ pⱼ/that, so that the row's sum is
// scale·sum without overflow. An all-zero row gives scale 1, sum 0.
func rowSum(p []float64) (scale, sum float64) {
	for _, v := range p {
		scale = math.Max(scale, math.Abs(v))
	}
	if scale == 0 {
		return 1, 0
	}
	for _, v := range p {
		sum += v / scale
	}
	return scale, sum
}

// floorLoss is −log ε·Σ yᵢ, the loss when every class gets probability ε.
func floorLoss(yTrue []float64) float64 {
	var s float64
	for _, y := range yTrue {
		s += y
	}
	return -math.Log(epsilon) * s
}

// renormalizedGrad writes ∂ℓ/∂p for ℓ = −Σ yᵢ·log clip(pᵢ/S) into grad.
func renormalizedGrad(yTrue, yPred, grad []float64) {
	scale, sum := rowSum(yPred)
	if sum == 0 {
		clear(grad)
		return
	}
	// First pass: gᵢ = ∂ℓ/∂qᵢ into grad, and Σ gᵢ·qᵢ.
	var gq float64
	for i, p := range yPred {
		grad[i] = 0
		if yTrue[i] == 0 {
			continue
		}
		q := p / scale / sum
		c, inside := clipProb(q)
		if !inside {
			continue
		}
		grad[i] = -yTrue[i] / c
		gq += grad[i] * q
	}
	// Second pass: through qᵢ = pᵢ/S, ∂qᵢ/∂pⱼ = (δᵢⱼ − qᵢ)/S.
	for i := range grad {
		grad[i] = divideByScaledSum(grad[i]-gq, scale, sum)
	}
}

// divideByScaledSum returns d/(scale·sum) in the order that cannot overflow
// or underflow on the way when the result itself is representable.
func divideByScaledSum(d, scale, sum float64) float64 {
	if d == 0 {
		return 0
	}
	if math.Abs(sum) >= 1 {
		return d / sum / scale
	}
	return d / (scale * sum)
}

// CategoricalCrossentropyFromLogits returns the categorical cross-entropy on
// logits, Keras "categorical_crossentropy" with from_logits=true (PyTorch's
// CrossEntropyLoss with probability targets). With softmax(x)ᵢ = e^xᵢ/Σⱼ e^xⱼ
// and LSE(x) = log Σⱼ e^xⱼ,
//
//	ℓ(y, x) = −Σᵢ yᵢ·log softmax(x)ᵢ = Σᵢ yᵢ·(LSE(x) − xᵢ)
//	∂ℓ/∂xⱼ = softmax(x)ⱼ·Σᵢ yᵢ − yⱼ      (= softmax(x)ⱼ − yⱼ for one-hot y)
//
// LSE is computed shifted by max(x), so no exponential overflows, and each
// LSE(x) − xᵢ is ≥ 0, so the sum has no cancellation. Terms with yᵢ = 0 are
// skipped (they would be 0·∞ when a logit gap overflows). The gradient is
// finite for every finite x; for a target distribution (Σ yᵢ = 1) the value
// is finite unless the gap between two logits exceeds MaxFloat64 (then +Inf,
// the true value rounded).
// TensorFlow.js computes softmax, clips it to [ε, 1−ε] and takes the log,
// which caps the loss at −log ε ≈ 16.1 and zeroes the gradient of confident
// wrong answers; Keras 3 and PyTorch do not clip, and neither does this.
func CategoricalCrossentropyFromLogits() Loss { return categoricalCELogits{} }

type categoricalCELogits struct{}

func (categoricalCELogits) Name() string   { return "categorical_crossentropy" }
func (categoricalCELogits) String() string { return "categorical_crossentropy(from_logits=1)" }

func (categoricalCELogits) Sample(yTrue, yPred []float64) float64 {
	checkPair("categorical_crossentropy", yTrue, yPred)
	lse := logSumExp(yPred)
	var s float64
	for i, x := range yPred {
		if yTrue[i] != 0 {
			s += yTrue[i] * (lse - x)
		}
	}
	return s
}

func (categoricalCELogits) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("categorical_crossentropy", yTrue, yPred)
	checkGrad("categorical_crossentropy", yPred, grad)
	lse := logSumExp(yPred)
	var total float64
	for _, y := range yTrue {
		total += y
	}
	for i, x := range yPred {
		grad[i] = math.Exp(x-lse)*total - yTrue[i]
	}
}

// classIndex reads a sparse label: the class index k stored as a float64.
// ok is false unless k is an integer in [0, n).
func classIndex(yTrue []float64, n int) (k int, ok bool) {
	v := yTrue[0]
	if v != math.Trunc(v) || v < 0 || v >= float64(n) {
		return 0, false
	}
	return int(v), true
}

// checkSparse panics when yTrue is not one class index for the row yPred.
func checkSparse(name string, yTrue, yPred []float64) {
	if len(yTrue) != 1 || len(yPred) == 0 {
		panic(shapeError(name, "yTrue (a class index)", len(yTrue), "yPred", len(yPred)))
	}
}

// SparseCategoricalCrossentropy returns the categorical cross-entropy with an
// integer class label on probabilities, Keras
// "sparse_categorical_crossentropy" (from_logits=false). yTrue is a row of
// one value, the class index k (0 ≤ k < n); yPred has one probability per
// class. It equals CategoricalCrossentropy with a one-hot yTrue, after one
// extra step TensorFlow.js takes first: each pᵢ is clipped to [ε, 1−ε]
// before the renormalization. With p̃ᵢ = clip(pᵢ, ε, 1−ε), S = Σⱼ p̃ⱼ and
// q = p̃/S,
//
//	ℓ(k, p) = −log clip(qₖ, ε, 1−ε)
//	∂ℓ/∂pⱼ = (1 − [j = k]/qₖ)/S   where ε ≤ pⱼ ≤ 1−ε (and qₖ is unclipped),
//	         0 otherwise
//
// Keras 3 neither clips first nor renormalizes; for rows that are already
// distributions the values agree, but the gradient here includes the
// renormalization term 1/S, as TensorFlow.js's does.
//
// A label that is not an integer in [0, n) is a bug in the data, and the
// result says so loudly: the value is NaN and the gradient is zero, so a
// training loop that checks its loss stops without having changed any
// weight. (TensorFlow.js floors the label and silently scores an
// out-of-range one as 0; Keras raises an error on the CPU.) For valid labels
// value and gradient are finite for every finite p.
func SparseCategoricalCrossentropy() Loss { return sparseCE{} }

type sparseCE struct{}

func (sparseCE) Name() string   { return "sparse_categorical_crossentropy" }
func (sparseCE) String() string { return "sparse_categorical_crossentropy" }

func (sparseCE) Sample(yTrue, yPred []float64) float64 {
	checkSparse("sparse_categorical_crossentropy", yTrue, yPred)
	k, ok := classIndex(yTrue, len(yPred))
	if !ok {
		return math.NaN()
	}
	var sum float64 // of clipped values, so in [nε, n]: no scaling needed
	for _, p := range yPred {
		c, _ := clipProb(p)
		sum += c
	}
	ck, _ := clipProb(yPred[k])
	c, _ := clipProb(ck / sum)
	return -math.Log(c)
}

func (sparseCE) SampleGrad(yTrue, yPred, grad []float64) {
	checkSparse("sparse_categorical_crossentropy", yTrue, yPred)
	checkGrad("sparse_categorical_crossentropy", yPred, grad)
	k, ok := classIndex(yTrue, len(yPred))
	if !ok {
		clear(grad)
		return
	}
	var sum float64
	for _, p := range yPred {
		c, _ := clipProb(p)
		sum += c
	}
	ck, _ := clipProb(yPred[k])
	q := ck / sum
	if _, inside := clipProb(q); !inside {
		clear(grad) // the outer clip bites: flat
		return
	}
	for j, p := range yPred {
		if _, inside := clipProb(p); !inside {
			grad[j] = 0
			continue
		}
		g := 1.0
		if j == k {
			g -= 1 / q
		}
		grad[j] = g / sum
	}
}

// SparseCategoricalCrossentropyFromLogits returns the sparse categorical
// cross-entropy on logits, Keras "sparse_categorical_crossentropy" with
// from_logits=true (PyTorch's CrossEntropyLoss with class-index targets):
//
//	ℓ(k, x) = LSE(x) − xₖ
//	∂ℓ/∂xⱼ = softmax(x)ⱼ − [j = k]
//
// computed as in CategoricalCrossentropyFromLogits. Invalid labels give a
// NaN value and a zero gradient, as in SparseCategoricalCrossentropy.
func SparseCategoricalCrossentropyFromLogits() Loss { return sparseCELogits{} }

type sparseCELogits struct{}

func (sparseCELogits) Name() string   { return "sparse_categorical_crossentropy" }
func (sparseCELogits) String() string { return "sparse_categorical_crossentropy(from_logits=1)" }

func (sparseCELogits) Sample(yTrue, yPred []float64) float64 {
	checkSparse("sparse_categorical_crossentropy", yTrue, yPred)
	k, ok := classIndex(yTrue, len(yPred))
	if !ok {
		return math.NaN()
	}
	return logSumExp(yPred) - yPred[k]
}

func (sparseCELogits) SampleGrad(yTrue, yPred, grad []float64) {
	checkSparse("sparse_categorical_crossentropy", yTrue, yPred)
	checkGrad("sparse_categorical_crossentropy", yPred, grad)
	k, ok := classIndex(yTrue, len(yPred))
	if !ok {
		clear(grad)
		return
	}
	lse := logSumExp(yPred)
	for j, x := range yPred {
		grad[j] = math.Exp(x - lse)
	}
	grad[k]--
}

// KLDivergence returns the Kullback–Leibler divergence of the prediction
// from the target, Keras "kl_divergence" (aliases "kld",
// "kullback_leibler_divergence"). Both rows are clipped to [ε, 1] inside
// the log, ε = 1e-7; with ỹᵢ = clip(yᵢ, ε, 1) and p̃ᵢ = clip(pᵢ, ε, 1),
//
//	ℓ(y, p) = Σᵢ yᵢ·log(ỹᵢ/p̃ᵢ)
//	∂ℓ/∂pᵢ = −yᵢ/p̃ᵢ   where ε ≤ pᵢ ≤ 1, else 0
//
// This is TensorFlow.js's formula: a zero label contributes exactly 0, as
// 0·log 0 = 0 in the definition of KL. Keras 3 multiplies by ỹᵢ instead of
// yᵢ, so each zero label adds ε·log(ε/p̃ᵢ) (at most about 1.6e-6) and a
// gradient of −ε/p̃ᵢ. PyTorch's KLDivLoss takes log-probabilities as input,
// does not clip, and by default (reduction="mean") divides by the number of
// elements rather than the batch size; use reduction="batchmean" for this
// per-sample sum. For labels in [0, 1], value and gradient are finite for
// every finite p.
func KLDivergence() Loss { return klDivergence{} }

type klDivergence struct{}

func (klDivergence) Name() string   { return "kl_divergence" }
func (klDivergence) String() string { return "kl_divergence" }

// clipKL clips to [ε, 1] and reports whether v was already inside.
func clipKL(v float64) (float64, bool) {
	switch {
	case v < epsilon:
		return epsilon, false
	case v > 1:
		return 1, false
	}
	return v, true
}

func (klDivergence) Sample(yTrue, yPred []float64) float64 {
	checkPair("kl_divergence", yTrue, yPred)
	var s float64
	for i, p := range yPred {
		y := yTrue[i]
		if y == 0 {
			continue
		}
		yc, _ := clipKL(y)
		pc, _ := clipKL(p)
		s += y * (math.Log(yc) - math.Log(pc))
	}
	return s
}

func (klDivergence) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("kl_divergence", yTrue, yPred)
	checkGrad("kl_divergence", yPred, grad)
	for i, p := range yPred {
		pc, inside := clipKL(p)
		if !inside || yTrue[i] == 0 {
			grad[i] = 0
			continue
		}
		grad[i] = -yTrue[i] / pc
	}
}
