// Code generated from descent/core/loss by go test ./runner -run Pristine -update; DO NOT EDIT.

package loss

import (
	"fmt"
	"math"
)

// Regression losses compare real-valued predictions with real-valued
// targets through the error d = p − y, one term per output, averaged over
// the row (Keras's mean over the last axis). n is the row's length.

// MSE returns the mean squared error, Keras "mean_squared_error":
//
//	ℓ(y, p) = (1/n)·Σᵢ (pᵢ − yᵢ)²
//	∂ℓ/∂pᵢ = 2·(pᵢ − yᵢ)/n
//
// Keras, TensorFlow.js and PyTorch's MSELoss agree (PyTorch's default
// reduction="mean" averages over every element of the batch at once, which
// equals the batch mean of these per-sample values when rows have equal
// length).
//
// Overflow: the value is +Inf when an error exceeds about 1.3e154 (its
// square is not a float64) and a gradient entry is ±Inf when 2·(pᵢ − yᵢ)/n
// exceeds MaxFloat64; both are the true values rounded, never NaN.
func MSE() Loss { return mse{} }

type mse struct{}

func (mse) Name() string   { return "mean_squared_error" }
func (mse) String() string { return "mean_squared_error" }

func (mse) Sample(yTrue, yPred []float64) float64 {
	checkPair("mean_squared_error", yTrue, yPred)
	var s float64
	for i, p := range yPred {
		d := p - yTrue[i]
		s += d * d
	}
	return s / float64(len(yPred))
}

func (mse) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("mean_squared_error", yTrue, yPred)
	checkGrad("mean_squared_error", yPred, grad)
	k := 2 / float64(len(yPred))
	for i, p := range yPred {
		grad[i] = k * (p - yTrue[i])
	}
}

// MAE returns the mean absolute error, Keras "mean_absolute_error":
//
//	ℓ(y, p) = (1/n)·Σᵢ |pᵢ − yᵢ|
//	∂ℓ/∂pᵢ = sign(pᵢ − yᵢ)/n
//
// At the kink pᵢ = yᵢ the derivative does not exist; this code returns 0
// there, as TensorFlow's sign(0) = 0 and PyTorch's autograd both do (0 is a
// valid subgradient). The gradient is always finite; the value overflows to
// +Inf only when |pᵢ − yᵢ| exceeds MaxFloat64.
func MAE() Loss { return mae{} }

type mae struct{}

func (mae) Name() string   { return "mean_absolute_error" }
func (mae) String() string { return "mean_absolute_error" }

func (mae) Sample(yTrue, yPred []float64) float64 {
	checkPair("mean_absolute_error", yTrue, yPred)
	// Scale each term before summing, so the sum cannot overflow when the
	// mean would not.
	k := 1 / float64(len(yPred))
	var s float64
	for i, p := range yPred {
		s += k * math.Abs(p-yTrue[i])
	}
	return s
}

func (mae) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("mean_absolute_error", yTrue, yPred)
	checkGrad("mean_absolute_error", yPred, grad)
	k := 1 / float64(len(yPred))
	for i, p := range yPred {
		grad[i] = k * sign(p-yTrue[i])
	}
}

// sign is −1, 0 or 1. Unlike math.Copysign it maps 0 to 0.
func sign(x float64) float64 {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

// Huber returns the Huber loss with threshold delta > 0, Keras "huber":
// quadratic for small errors, linear for large ones, so one outlier cannot
// dominate the way it does under MSE. With d = pᵢ − yᵢ and δ = delta,
//
//	hδ(d) = ½·d²             if |d| ≤ δ
//	hδ(d) = δ·(|d| − ½·δ)    otherwise
//	ℓ(y, p) = (1/n)·Σᵢ hδ(pᵢ − yᵢ)
//	∂ℓ/∂pᵢ = clamp(pᵢ − yᵢ, −δ, δ)/n
//
// The two pieces meet with equal value and slope at |d| = δ, so the
// gradient is continuous there (only the second derivative jumps). This is
// Keras's and TensorFlow's formula; PyTorch's HuberLoss(delta) is the same,
// while PyTorch's SmoothL1Loss(beta) is this divided by β. The gradient is
// always finite, even for errors that overflow.
//
// Huber returns an error when delta is not a finite number > 0.
func Huber(delta float64) (Loss, error) {
	if !(delta > 0) || math.IsInf(delta, 1) {
		return nil, fmt.Errorf("loss huber: delta must be a finite number > 0, got %v", delta)
	}
	return huber{delta: delta}, nil
}

type huber struct{ delta float64 }

func (huber) Name() string     { return "huber" }
func (h huber) String() string { return fmt.Sprintf("huber(delta=%g)", h.delta) }

func (h huber) Sample(yTrue, yPred []float64) float64 {
	checkPair("huber", yTrue, yPred)
	// Scale each term before summing, so the sum cannot overflow when the
	// mean would not.
	k := 1 / float64(len(yPred))
	var s float64
	for i, p := range yPred {
		a := math.Abs(p - yTrue[i])
		if a <= h.delta {
			s += k * (0.5 * a * a)
		} else {
			s += k * (h.delta * (a - 0.5*h.delta))
		}
	}
	return s
}

func (h huber) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("huber", yTrue, yPred)
	checkGrad("huber", yPred, grad)
	k := 1 / float64(len(yPred))
	for i, p := range yPred {
		grad[i] = k * math.Max(-h.delta, math.Min(h.delta, p-yTrue[i]))
	}
}

// LogCosh returns the log-cosh loss, Keras "log_cosh":
//
//	ℓ(y, p) = (1/n)·Σᵢ log cosh(pᵢ − yᵢ)
//	∂ℓ/∂pᵢ = tanh(pᵢ − yᵢ)/n
//
// log cosh d ≈ d²/2 for small d and ≈ |d| − log 2 for large d: Huber-like,
// but smooth everywhere. cosh overflows for |d| > 710, so the value is
// computed in the equivalent stable form
//
//	log cosh d = |d| + log1p(e^(−2|d|)) − log 2
//
// (Keras and TensorFlow.js write d + softplus(−2d) − log 2, which is the
// same number but overflows to +Inf for d < −1.8e308/2). Value and gradient
// are finite for every finite input, unless |pᵢ − yᵢ| itself overflows.
func LogCosh() Loss { return logCosh{} }

type logCosh struct{}

func (logCosh) Name() string   { return "log_cosh" }
func (logCosh) String() string { return "log_cosh" }

func (logCosh) Sample(yTrue, yPred []float64) float64 {
	checkPair("log_cosh", yTrue, yPred)
	// Scale each term before summing, so the sum cannot overflow when the
	// mean would not.
	k := 1 / float64(len(yPred))
	var s float64
	for i, p := range yPred {
		a := math.Abs(p - yTrue[i])
		s += k * (a + math.Log1p(math.Exp(-2*a)) - math.Ln2)
	}
	return s
}

func (logCosh) SampleGrad(yTrue, yPred, grad []float64) {
	checkPair("log_cosh", yTrue, yPred)
	checkGrad("log_cosh", yPred, grad)
	k := 1 / float64(len(yPred))
	for i, p := range yPred {
		grad[i] = k * math.Tanh(p-yTrue[i])
	}
}
