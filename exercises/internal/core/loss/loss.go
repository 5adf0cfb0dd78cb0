// Code generated from descent/core/loss by go test ./runner -run Pristine -update; DO NOT EDIT.

package loss

// A Loss scores one sample's prediction against its target.
//
// yTrue and yPred are one row each (the last axis). Sample returns the
// per-sample loss, which for elementwise losses is the mean over that axis
// and for the losses that read the row as one distribution (categorical and
// sparse cross-entropy, KL divergence) the sum (the Keras convention).
// SampleGrad writes ∂Sample/∂yPred into grad, which has the length of
// yPred. For the sparse losses yTrue is a single class index.
//
// Batch functions (PerSample, Mean, GradOfMean) are written once, in
// batch.go, on top of these two methods.
type Loss interface {
	// Name is the Keras name, e.g. "binary_crossentropy".
	Name() string
	Sample(yTrue, yPred []float64) float64
	SampleGrad(yTrue, yPred, grad []float64)
}
