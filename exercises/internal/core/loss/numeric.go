// Code generated from descent/core/loss by go test ./runner -run Pristine -update; DO NOT EDIT.

package loss

import (
	"fmt"
	"math"
)

// epsilon is Keras's backend.epsilon(): the floor and ceiling margin for
// probabilities before a log, and the offset inside Poisson's log.
const epsilon = 1e-7

// clipProb clips a probability to [ε, 1−ε], as Keras and TensorFlow.js do
// before taking a log. inside reports whether p was already in that range
// (ends included); the derivative of the clip is 1 there and 0 outside,
// which is TensorFlow's gradient for clip_by_value.
func clipProb(p float64) (clipped float64, inside bool) {
	switch {
	case p < epsilon:
		return epsilon, false
	case p > 1-epsilon:
		return 1 - epsilon, false
	}
	return p, true
}

// sigmoid is 1/(1+e^−x), computed so that e^(…) never overflows.
func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}

// sigmoidCE is the binary cross-entropy of label z against the logit x,
//
//	max(x, 0) − x·z + log1p(e^−|x|)
//
// (TensorFlow's sigmoid_cross_entropy_with_logits). The first two terms are
// regrouped as (1−z)·x for x ≥ 0 and z·(−x) for x < 0, which is the same
// number but cannot overflow for labels in [0, 1], even at x = ±1e308.
func sigmoidCE(x, z float64) float64 {
	var linear float64
	if x >= 0 {
		linear = (1 - z) * x
	} else {
		linear = z * -x
	}
	return linear + math.Log1p(math.Exp(-math.Abs(x)))
}

// logSumExp is log Σ e^(x_i), shifted by the maximum so no exponential
// overflows: m + log Σ e^(x_i − m). Each e^(x_i − m) is at most 1 and the
// largest is exactly 1, so the log's argument is in [1, n].
func logSumExp(x []float64) float64 {
	m := x[0]
	for _, v := range x[1:] {
		if v > m {
			m = v
		}
	}
	var s float64
	for _, v := range x {
		s += math.Exp(v - m)
	}
	return m + math.Log(s)
}

// checkPair panics when yTrue and yPred cannot be one sample of the same
// loss. Shapes are fixed by the program, not by data, so (as in gonum) a
// mismatch is a programming error and panics; values never do.
func checkPair(name string, yTrue, yPred []float64) {
	if len(yTrue) != len(yPred) || len(yPred) == 0 {
		panic(shapeError(name, "yTrue", len(yTrue), "yPred", len(yPred)))
	}
}

// checkGrad panics when grad cannot hold the gradient of yPred.
func checkGrad(name string, yPred, grad []float64) {
	if len(grad) != len(yPred) {
		panic(shapeError(name, "grad", len(grad), "yPred", len(yPred)))
	}
}

// shapeError is kept out of line so that the happy path of Sample and
// SampleGrad does not allocate.
//
//go:noinline
func shapeError(name, a string, na int, b string, nb int) string {
	if nb == 0 {
		return fmt.Sprintf("loss %s: %s is empty", name, b)
	}
	return fmt.Sprintf("loss %s: %s has %d values, %s has %d", name, a, na, b, nb)
}
