// Package nn is a small, readable neural-network library in the style of
// Keras: Dense layers stacked in a Sequential model, compiled with an
// optimizer from core/optim and a loss from core/loss, trained with Fit.
//
// The whole network's weights live in one flat []float64 (Sequential.Params)
// and its gradient in a parallel slice (Sequential.Grads). Each layer's
// kernel and bias are views into those slices, so one optimizer Step updates
// every weight, and a training step allocates nothing once its buffers exist.
//
// Conventions follow Keras (and TensorFlow.js, which copies Keras):
//   - a Dense kernel is shaped [inputs][units] and stored row-major, so
//     z = x·W + b for a row vector x. PyTorch's nn.Linear stores the
//     transpose, [units][inputs], and computes z = x·Wᵀ + b.
//   - the loss reported for a batch is the mean per-sample loss plus the
//     regularization penalties; the epoch loss is the mean of the batch
//     losses weighted by batch size, the last partial batch included.
//   - metrics reported during an epoch are computed on each batch's
//     predictions before that batch's update.
//
// Backpropagation is written out by hand in dense.go and activation.go:
// each layer caches what its forward pass saw and its backward pass turns
// ∂L/∂output into ∂L/∂weights and ∂L/∂input by the chain rule.
package nn
