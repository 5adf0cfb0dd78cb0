// Code generated from descent/core/loss by go test ./runner -run Pristine -update; DO NOT EDIT.

package loss

import "math"

// Hinge returns the hinge loss, Keras "hinge", the loss of a linear SVM.
// Labels are in {−1, 1} and the prediction is a score whose sign is the
// class:
//
//	ℓ(y, p) = (1/n)·Σᵢ max(0, 1 − yᵢ·pᵢ)
//	∂ℓ/∂pᵢ = −yᵢ/n   where yᵢ·pᵢ < 1, else 0
//
// A correct answer with margin yᵢ·pᵢ ≥ 1 costs nothing and gets no gradient.
// At the kink yᵢ·pᵢ = 1 this code returns 0 (TensorFlow's gradient of
// max(0, ·) at 0 is 0 too); any value between 0 and −yᵢ/n is a subgradient.
//
// Labels {0, 1}: the formula takes labels as they are, as TensorFlow.js
// does, so a 0 label costs a constant 1 and teaches nothing. Keras 3
// converts labels with 2y − 1 when every label in the tensor is 0 or 1;
// convert them yourself. The gradient is always finite; the value
// overflows to +Inf only when yᵢ·pᵢ does.
func Hinge() Loss { return hinge{} }

type hinge struct{}

func (hinge) Name() string   { return "hinge" }
func (hinge) String() string { return "hinge" }

func (hinge) Sample(yTrue, yPred []float64) float64 {
	checkPair("hinge", yTrue, yPred)
	// Scale each term before summing, so the sum cannot overflow when the
	// mean would not.
	k := 1 / float64(len(yPred))
	var s float64
	for i, p := range yPred {
		s += k * math.Max(0, 1-yTrue[i]*p)
	}
	return s
}

func (hinge) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("hinge", yTrue, yPred)
	checkGrad("hinge", yPred, grad)
	k := 1 / float64(len(yPred))
	for i, p := range yPred {
		if 1-yTrue[i]*p > 0 {
			grad[i] = -k * yTrue[i]
		} else {
			grad[i] = 0
		}
	}
}

// SquaredHinge returns the squared hinge loss, Keras "squared_hinge", with
// labels in {−1, 1} (see Hinge for {0, 1} labels):
//
//	ℓ(y, p) = (1/n)·Σᵢ max(0, 1 − yᵢ·pᵢ)²
//	∂ℓ/∂pᵢ = −2·yᵢ·max(0, 1 − yᵢ·pᵢ)/n
//
// Squaring makes the gradient continuous at the margin (it is 0 on both
// sides of yᵢ·pᵢ = 1). The value overflows to +Inf when 1 − yᵢ·pᵢ exceeds
// about 1.3e154, and the gradient is ±Inf only when yᵢ·pᵢ overflows; never
// NaN.
func SquaredHinge() Loss { return squaredHinge{} }

type squaredHinge struct{}

func (squaredHinge) Name() string   { return "squared_hinge" }
func (squaredHinge) String() string { return "squared_hinge" }

func (squaredHinge) Sample(yTrue, yPred []float64) float64 {
	checkPair("squared_hinge", yTrue, yPred)
	var s float64
	for i, p := range yPred {
		m := math.Max(0, 1-yTrue[i]*p)
		s += m * m
	}
	return s / float64(len(yPred))
}

func (squaredHinge) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("squared_hinge", yTrue, yPred)
	checkGrad("squared_hinge", yPred, grad)
	k := 2 / float64(len(yPred))
	for i, p := range yPred {
		m := math.Max(0, 1-yTrue[i]*p)
		if m == 0 {
			grad[i] = 0 // also avoids 0·∞ when yᵢ = 0
			continue
		}
		grad[i] = -k * yTrue[i] * m
	}
}

// Poisson returns the Poisson loss, Keras "poisson": the negative
// log-likelihood of counts yᵢ under a Poisson distribution with rate pᵢ,
// dropping the log(yᵢ!) term that does not depend on the prediction:
//
//	ℓ(y, p) = (1/n)·Σᵢ [pᵢ − yᵢ·log(pᵢ + ε)],   ε = 1e-7
//	∂ℓ/∂pᵢ = [1 − yᵢ/(pᵢ + ε)]/n
//
// The +ε (Keras's and TensorFlow.js's) keeps the log finite at p = 0.
// PyTorch's PoissonNLLLoss(log_input=False) uses the same formula with
// eps = 1e-8; its default log_input=True instead takes log-rates, exp(p) − y·p.
//
// The rate must be ≥ 0 (use an exp or softplus output). For p < 0, where
// Keras returns NaN, this code evaluates the log at max(p, 0): the value
// stays finite and continuous, and the gradient there is 1/n (only the
// linear term), which pushes the prediction further negative: a sign that the
// output layer is wrong, not a minimum. For counts 0 ≤ y ≤ 1e300, value and
// gradient are finite for every finite p (beyond that y·log p itself can
// overflow).
func Poisson() Loss { return poisson{} }

type poisson struct{}

func (poisson) Name() string   { return "poisson" }
func (poisson) String() string { return "poisson" }

func (poisson) Sample(yTrue, yPred []float64) float64 {
	checkPair("poisson", yTrue, yPred)
	// Scale each term before summing, so the sum cannot overflow when the
	// mean would not.
	k := 1 / float64(len(yPred))
	var s float64
	for i, p := range yPred {
		s += k * (p - yTrue[i]*math.Log(math.Max(p, 0)+epsilon))
	}
	return s
}

func (poisson) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("poisson", yTrue, yPred)
	checkGrad("poisson", yPred, grad)
	k := 1 / float64(len(yPred))
	for i, p := range yPred {
		if p < 0 {
			grad[i] = k
			continue
		}
		grad[i] = k * (1 - yTrue[i]/(p+epsilon))
	}
}
