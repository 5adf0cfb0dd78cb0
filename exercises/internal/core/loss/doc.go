// Code generated from descent/core/loss by go test ./runner -run Pristine -update; DO NOT EDIT.

// Package loss holds the loss functions descent teaches: what each one
// measures, its gradient, and how it stays finite when a naive formula
// would not.
//
// # The shape of a loss
//
// A loss compares one sample's target row yTrue with the model's prediction
// row yPred (the "last axis" in Keras's words) and returns one number, the
// per-sample loss. Losses that score each output on its own (MSE, MAE,
// Huber, log-cosh, binary cross-entropy, hinge, Poisson, focal) take the
// mean over the row; losses that read the row as one probability
// distribution (categorical and sparse cross-entropy, KL divergence) take
// the sum. Both are Keras's conventions, and the reference values in
// testdata/losses.json (TensorFlow.js) agree with them.
//
// A batch is a slice of rows. Its loss is the mean of the per-sample losses
// (Keras's default reduction), and backpropagation starts from the gradient
// of that mean, which is each sample's gradient divided by the batch size:
//
//	Mean(l, yTrue, yPred) = (1/B)·Σᵦ ℓ(yᵦ, pᵦ)
//	GradOfMean: ∂Mean/∂pᵦᵢ = (∂ℓ(yᵦ, pᵦ)/∂pᵦᵢ)/B
//
// PyTorch's default reduction="mean" divides by every element of the batch
// (B·n) at once; for elementwise losses that is the same number, for the
// summed ones it is n times smaller.
//
// # Getting a loss
//
// Each loss has a constructor (MSE, BinaryCrossentropy, Huber(delta), ...),
// and ByName builds one from its Keras name and a map of parameters:
// ByName("huber", map[string]float64{"delta": 0.5}) or
// ByName("categorical_crossentropy", map[string]float64{"from_logits": 1}).
// Names lists the names; Params a loss's parameters and defaults.
//
// # Probabilities or logits
//
// Cross-entropies come in two forms. On probabilities (the output of a
// sigmoid or softmax) they clip p to [ε, 1−ε] with ε = 1e-7 before the log,
// as Keras does: the loss of a confident wrong answer is capped near 16.1
// and its gradient is zero. On logits (the layer's output before the
// sigmoid or softmax) they use the stable forms max(x, 0) − x·z + log1p(e^−|x|)
// and log-sum-exp, need no clipping, and stay accurate for any finite logit.
// Prefer logits when you can; see the example of
// BinaryCrossentropyFromLogits.
//
// # Numbers that stay numbers
//
// Every loss is written so that finite inputs give no NaN: logs of clipped
// probabilities, exponentials shifted by the row's maximum, sums scaled
// before they are added, and 0·∞ avoided by skipping zero labels. Where the
// true value is larger than the largest float64 (the square of an error of
// 1e155, say) the result is +Inf, and each constructor's comment says when
// that can happen. The one deliberate NaN is a sparse class index that is
// not an integer in range: bad data, reported loudly. Labels outside a
// loss's domain (a probability of 7, a count of −3) never panic, but
// only in-domain labels carry the finiteness promises.
//
// Shapes are the program's business: a yTrue and yPred of different
// lengths, or a grad of the wrong length, panics with a message naming the
// loss and the lengths, as gonum does; values never panic.
//
// # Speed
//
// A network calls Sample and SampleGrad in its innermost loop, so neither
// they nor the batch functions allocate. See BenchmarkLosses.
//
// # Kinks and clip edges
//
// Where a loss is not differentiable (MAE at p = y, hinge at a margin of
// exactly 1) the gradient returned is 0, a valid subgradient and what
// TensorFlow returns. Where a clip is active the gradient is 0, the
// derivative of the clip; at the clip's edge itself the input counts as
// inside.
package loss
