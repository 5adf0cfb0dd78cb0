// Code generated from descent/core/loss by go test ./runner -run Pristine -update; DO NOT EDIT.

package loss

import (
	"fmt"
	"math"
)

// Binary losses score each output as an independent yes/no question: the
// label yᵢ is in [0, 1] (usually exactly 0 or 1) and the prediction is a
// probability pᵢ, or a logit xᵢ with pᵢ = σ(xᵢ) = 1/(1+e^−xᵢ).

// BinaryCrossentropy returns the binary cross-entropy on probabilities,
// Keras "binary_crossentropy" (from_logits=false). With c = clip(pᵢ, ε, 1−ε)
// and ε = 1e-7,
//
//	ℓ(y, p) = (1/n)·Σᵢ −[yᵢ·log c + (1−yᵢ)·log(1−c)]
//	∂ℓ/∂pᵢ = (c − yᵢ)/(c·(1−c))/n   where ε ≤ pᵢ ≤ 1−ε, else 0
//
// Mind the brackets: the minus sign applies to both terms (the source
// article drops them).
//
// Clipping: Keras and TensorFlow.js clip the probability to [ε, 1−ε] before
// the log, so a confident wrong answer costs at most −log ε ≈ 16.1 per
// output, and the gradient of the clip is zero outside the range: at p = 0
// or p = 1 exactly the gradient is 0, however wrong the answer. PyTorch's
// BCELoss instead clamps each log at −100 and keeps the unclipped gradient
// (which is then huge, not zero). If the model can output logits, prefer
// BinaryCrossentropyFromLogits, which needs no clipping at all.
//
// Labels outside [0, 1] are accepted (the formula is linear in y), and the
// value is computed as −[y·logit(c) + log(1−c)], TensorFlow.js's form, so it
// is never NaN even then; it is finite for every finite p when y ∈ [0, 1].
func BinaryCrossentropy() Loss { return binaryCE{} }

type binaryCE struct{}

func (binaryCE) Name() string   { return "binary_crossentropy" }
func (binaryCE) String() string { return "binary_crossentropy" }

func (binaryCE) Sample(yTrue, yPred []float64) float64 {
	checkPair("binary_crossentropy", yTrue, yPred)
	// Scale each term before summing, so the sum cannot overflow when the
	// mean would not.
	k := 1 / float64(len(yPred))
	var s float64
	for i, p := range yPred {
		c, _ := clipProb(p)
		log1mc := math.Log1p(-c)
		s -= k * (yTrue[i]*(math.Log(c)-log1mc) + log1mc)
	}
	return s
}

func (binaryCE) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("binary_crossentropy", yTrue, yPred)
	checkGrad("binary_crossentropy", yPred, grad)
	k := 1 / float64(len(yPred))
	for i, p := range yPred {
		c, inside := clipProb(p)
		if !inside {
			grad[i] = 0
			continue
		}
		grad[i] = k * (c - yTrue[i]) / (c * (1 - c))
	}
}

// BinaryCrossentropyFromLogits returns the binary cross-entropy on logits,
// Keras "binary_crossentropy" with from_logits=true (PyTorch's
// BCEWithLogitsLoss). With x = xᵢ the logit and z = yᵢ the label,
//
//	ℓ(y, x) = (1/n)·Σᵢ [max(x, 0) − x·z + log1p(e^−|x|)]
//	∂ℓ/∂xᵢ = (σ(xᵢ) − yᵢ)/n
//
// which equals −[z·log σ(x) + (1−z)·log(1−σ(x))] but never computes σ(x)
// only to take its log, so it needs no clipping: the value is exact for
// x = ±1e308 and the gradient never vanishes on a confident wrong answer.
// Finite for every finite x when y ∈ [0, 1].
func BinaryCrossentropyFromLogits() Loss { return binaryCELogits{} }

type binaryCELogits struct{}

func (binaryCELogits) Name() string   { return "binary_crossentropy" }
func (binaryCELogits) String() string { return "binary_crossentropy(from_logits=1)" }

func (binaryCELogits) Sample(yTrue, yPred []float64) float64 {
	checkPair("binary_crossentropy", yTrue, yPred)
	// Scale each term before summing, so the sum cannot overflow when the
	// mean would not.
	k := 1 / float64(len(yPred))
	var s float64
	for i, x := range yPred {
		s += k * sigmoidCE(x, yTrue[i])
	}
	return s
}

func (binaryCELogits) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("binary_crossentropy", yTrue, yPred)
	checkGrad("binary_crossentropy", yPred, grad)
	k := 1 / float64(len(yPred))
	for i, x := range yPred {
		grad[i] = k * (sigmoid(x) - yTrue[i])
	}
}

// NoClassBalance is the alpha that turns off the α weighting of
// BinaryFocal (torchvision's sigmoid_focal_loss uses the same sentinel).
const NoClassBalance = -1.0

// BinaryFocal returns the binary focal loss on probabilities (Lin et al.
// 2017, "Focal Loss for Dense Object Detection"), Keras
// "binary_focal_crossentropy". It is binary cross-entropy scaled down on
// the outputs the model already gets right, so training attends to the hard
// ones. With c = clip(pᵢ, ε, 1−ε), the probability given to the true class
// pₜ = y·c + (1−y)·(1−c), and BCE the binary cross-entropy of c,
//
//	ℓ(y, p) = (1/n)·Σᵢ αₜ·(1 − pₜ)^γ·BCE(yᵢ, c)
//	αₜ = α·y + (1−α)·(1−y)
//
// γ = 0 and α = NoClassBalance give plain binary cross-entropy; γ = 2 is the
// paper's choice. The gradient is the product rule on the two factors
// (see SampleGrad's comment in the code), zero where p is clipped.
//
// Convention for α: α weights the positive class (y = 1) and 1−α the
// negative one, as in the paper and in torchvision; the paper's α = 0.25
// down-weights positives, because γ already shrinks the many easy
// negatives. Keras applies α only when apply_class_balancing=True, and its
// default is False: to get Keras's default, pass alpha = NoClassBalance.
// Keras computes pₜ from the unclipped p and clips only inside the log; this
// code uses c everywhere, which changes values by at most ~1e-7 for p in
// [0, 1], keeps (1−pₜ)^γ finite and non-NaN for any γ ≥ 0, and makes the
// gradient zero at p = 0 or 1 exactly, like BinaryCrossentropy's.
//
// BinaryFocal returns an error when gamma is not a finite number ≥ 0, or
// alpha is neither in [0, 1] nor NoClassBalance.
func BinaryFocal(gamma, alpha float64) (Loss, error) {
	if err := checkFocal(gamma, alpha); err != nil {
		return nil, err
	}
	return binaryFocal{gamma: gamma, alpha: alpha}, nil
}

// BinaryFocalFromLogits is BinaryFocal on logits: p = σ(x), computed so that
// no clipping is needed (BCE through the stable logit form; 1 − pₜ from
// σ(±x) directly). Its value equals BinaryFocal's wherever no clipping
// happens; its gradient stays non-zero on confident wrong answers. (Keras's
// from_logits=True applies the sigmoid and then the clipped formula, so
// for |x| > 16 its loss is capped and its gradient zero; this code does not
// clip.)
func BinaryFocalFromLogits(gamma, alpha float64) (Loss, error) {
	if err := checkFocal(gamma, alpha); err != nil {
		return nil, err
	}
	return binaryFocalLogits{binaryFocal{gamma: gamma, alpha: alpha}}, nil
}

func checkFocal(gamma, alpha float64) error {
	if !(gamma >= 0) || math.IsInf(gamma, 1) {
		return fmt.Errorf("loss binary_focal_crossentropy: gamma must be a finite number ≥ 0, got %v", gamma)
	}
	if !(alpha >= 0 && alpha <= 1) && alpha != NoClassBalance {
		return fmt.Errorf("loss binary_focal_crossentropy: alpha must be in [0, 1], or -1 for no class balancing, got %v", alpha)
	}
	return nil
}

type binaryFocal struct{ gamma, alpha float64 }

func (binaryFocal) Name() string { return "binary_focal_crossentropy" }
func (f binaryFocal) String() string {
	return fmt.Sprintf("binary_focal_crossentropy(gamma=%g, alpha=%g)", f.gamma, f.alpha)
}

// weight is αₜ, or 1 without class balancing.
func (f binaryFocal) weight(y float64) float64 {
	if f.alpha == NoClassBalance {
		return 1
	}
	return f.alpha*y + (1-f.alpha)*(1-y)
}

// modulating returns the focusing factor (1 − pₜ)^γ from s = 1 − pₜ. For
// labels in [0, 1], s ≥ 0; a negative s (labels outside [0, 1]) gives 0
// rather than the NaN a fractional power of a negative number would.
func (f binaryFocal) modulating(s float64) float64 {
	if s <= 0 {
		return 0
	}
	return math.Pow(s, f.gamma)
}

func (f binaryFocal) Sample(yTrue, yPred []float64) float64 {
	checkPair("binary_focal_crossentropy", yTrue, yPred)
	// Scale each term before summing, so the sum cannot overflow when the
	// mean would not.
	k := 1 / float64(len(yPred))
	var s float64
	for i, p := range yPred {
		y := yTrue[i]
		c, _ := clipProb(p)
		log1mc := math.Log1p(-c)
		bce := -(y*(math.Log(c)-log1mc) + log1mc)
		s += k * f.weight(y) * f.modulating(y*(1-c)+(1-y)*c) * bce
	}
	return s
}

// SampleGrad uses the product rule. With s = 1 − pₜ = y·(1−c) + (1−y)·c,
// so ∂s/∂c = 1 − 2y, and ∂BCE/∂c = (c − y)/(c·(1−c)):
//
//	∂ℓ/∂pᵢ = αₜ·[γ·s^(γ−1)·(1−2y)·BCE + s^γ·(c − y)/(c·(1−c))]/n
//
// where ε ≤ pᵢ ≤ 1−ε, and 0 elsewhere.
func (f binaryFocal) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("binary_focal_crossentropy", yTrue, yPred)
	checkGrad("binary_focal_crossentropy", yPred, grad)
	k := 1 / float64(len(yPred))
	for i, p := range yPred {
		c, inside := clipProb(p)
		if !inside {
			grad[i] = 0
			continue
		}
		y := yTrue[i]
		log1mc := math.Log1p(-c)
		bce := -(y*(math.Log(c)-log1mc) + log1mc)
		s := y*(1-c) + (1-y)*c // ≥ min(c, 1−c) ≥ ε for y in [0, 1]
		factor := f.modulating(s)
		var focalTerm float64 // γ·s^(γ−1)·(1−2y)·BCE, written to avoid 0·∞
		if f.gamma != 0 && s > 0 {
			focalTerm = f.gamma * factor / s * (1 - 2*y) * bce
		}
		dBCE := (c - y) / (c * (1 - c))
		grad[i] = k * f.weight(y) * (focalTerm + factor*dBCE)
	}
}

type binaryFocalLogits struct{ binaryFocal }

func (f binaryFocalLogits) String() string {
	return fmt.Sprintf("binary_focal_crossentropy(gamma=%g, alpha=%g, from_logits=1)", f.gamma, f.alpha)
}

func (f binaryFocalLogits) Sample(yTrue, yPred []float64) float64 {
	checkPair("binary_focal_crossentropy", yTrue, yPred)
	// Scale each term before summing, so the sum cannot overflow when the
	// mean would not.
	k := 1 / float64(len(yPred))
	var s float64
	for i, x := range yPred {
		y := yTrue[i]
		factor := f.modulating(y*sigmoid(-x) + (1-y)*sigmoid(x))
		s += k * f.weight(y) * factor * sigmoidCE(x, y)
	}
	return s
}

// SampleGrad: as for probabilities, with ∂s/∂x = (1−2y)·σ(x)·σ(−x) and
// ∂BCE/∂x = σ(x) − y. The focal term γ·s^(γ−1)·∂s/∂x is computed as
// γ·s^γ·(σ(x)·σ(−x)/s)·(1−2y): for y ∈ [0, 1], s ≥ min(σ(x), σ(−x)) ≥
// σ(x)·σ(−x), so the ratio is at most 1 and nothing overflows even when s
// underflows towards 0.
func (f binaryFocalLogits) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("binary_focal_crossentropy", yTrue, yPred)
	checkGrad("binary_focal_crossentropy", yPred, grad)
	k := 1 / float64(len(yPred))
	for i, x := range yPred {
		y := yTrue[i]
		sp, sn := sigmoid(x), sigmoid(-x)
		s := y*sn + (1-y)*sp
		factor := f.modulating(s)
		var focalTerm float64
		if f.gamma != 0 && s > 0 {
			focalTerm = f.gamma * factor * (sp * sn / s) * (1 - 2*y) * sigmoidCE(x, y)
		}
		grad[i] = k * f.weight(y) * (focalTerm + factor*(sp-y))
	}
}
