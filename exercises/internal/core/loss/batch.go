// Code generated from descent/core/loss by go test ./runner -run Pristine -update; DO NOT EDIT.

package loss

import "fmt"

// The batch functions reduce a batch of rows (one row per sample) the way
// Keras does by default ("sum over batch size"): the batch loss is the mean
// of the per-sample losses. None of them allocates.

// PerSample writes l.Sample of each row into out, which must have one entry
// per row.
func PerSample(l Loss, yTrue, yPred [][]float64, out []float64) {
	checkBatch(l, yTrue, yPred)
	if len(out) != len(yPred) {
		panic(batchError(l, "out", len(out), len(yPred)))
	}
	for i := range yPred {
		out[i] = l.Sample(yTrue[i], yPred[i])
	}
}

// Mean returns the batch loss, (1/B)·Σᵦ ℓ(yᵦ, pᵦ) over the B rows.
func Mean(l Loss, yTrue, yPred [][]float64) float64 {
	checkBatch(l, yTrue, yPred)
	var s float64
	for i := range yPred {
		s += l.Sample(yTrue[i], yPred[i])
	}
	return s / float64(len(yPred))
}

// GradOfMean writes the gradient of Mean with respect to every prediction
// into grad, shaped like yPred: ∂Mean/∂pᵦᵢ = (∂ℓ(yᵦ, pᵦ)/∂pᵦᵢ)/B. This is
// what backpropagation starts from. (PyTorch's default reduction="mean"
// divides by every element, B·n, instead; Keras and TensorFlow.js take the
// mean over the last axis inside the loss and then over the batch, as here.)
func GradOfMean(l Loss, yTrue, yPred, grad [][]float64) {
	checkBatch(l, yTrue, yPred)
	if len(grad) != len(yPred) {
		panic(batchError(l, "grad", len(grad), len(yPred)))
	}
	k := 1 / float64(len(yPred))
	for i := range yPred {
		g := grad[i]
		l.SampleGrad(yTrue[i], yPred[i], g)
		for j := range g {
			g[j] *= k
		}
	}
}

// checkBatch panics on a batch that has no rows or whose yTrue and yPred
// disagree on the number of rows: programming errors, as in gonum.
func checkBatch(l Loss, yTrue, yPred [][]float64) {
	if len(yTrue) != len(yPred) || len(yPred) == 0 {
		panic(batchError(l, "yTrue", len(yTrue), len(yPred)))
	}
}

//go:noinline
func batchError(l Loss, what string, got, rows int) string {
	if rows == 0 {
		return fmt.Sprintf("loss %s: the batch has no rows", l.Name())
	}
	return fmt.Sprintf("loss %s: %s has %d rows, yPred has %d", l.Name(), what, got, rows)
}
