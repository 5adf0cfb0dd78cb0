// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

// Coupled penalties add a term to the loss, and so its gradient to the
// gradient, before the optimizer sees it. Decoupled decay shrinks the
// weights directly, outside the optimizer.
//
// Scale of L2: descent's L2 penalty is ½·λ·Σθ², whose gradient is λ·θ.
// That is what PyTorch's weight_decay=λ adds to the gradient. Keras's
// regularizers.l2(λ) is λ·Σθ² with gradient 2·λ·θ: Keras's l2(0.01) is
// descent's λ = 0.02. L1 is λ·Σ|θ| everywhere.
//
// All functions here walk the first min(len(grad), len(params)) entries,
// allocate nothing, and never panic; NaN or ±Inf values propagate.

// AddL2 adds the gradient of ½·λ·Σθ² to grad: g ← g + λ·θ.
func AddL2(grad, params []float64, lambda float64) {
	n := min(len(grad), len(params))
	for i := range n {
		grad[i] += lambda * params[i]
	}
}

// AddL1 adds a subgradient of λ·Σ|θ| to grad: g ← g + λ·sign(θ), with
// sign(0) = 0 (the subgradient that leaves a zero weight where it is).
func AddL1(grad, params []float64, lambda float64) {
	n := min(len(grad), len(params))
	for i := range n {
		switch p := params[i]; {
		case p > 0:
			grad[i] += lambda
		case p < 0:
			grad[i] -= lambda
		case p != p: // NaN stays NaN
			grad[i] += p
		}
	}
}

// L2Penalty is ½·λ·Σθ², the loss term whose gradient AddL2 adds.
func L2Penalty(params []float64, lambda float64) float64 {
	var sum float64
	for _, p := range params {
		sum += p * p
	}
	return 0.5 * lambda * sum
}

// L1Penalty is λ·Σ|θ|, the loss term whose subgradient AddL1 adds.
func L1Penalty(params []float64, lambda float64) float64 {
	var sum float64
	for _, p := range params {
		if p < 0 {
			p = -p
		}
		sum += p
	}
	return lambda * sum
}

// DecayWeights applies decoupled weight decay (Loshchilov & Hutter 2019):
// θ ← θ − η·λ·θ, as AdamW does before its Adam step. It expects η ≥ 0 and
// 0 ≤ η·λ ≤ 1; outside that it still computes the formula (η·λ > 1 flips
// the weights' signs).
func DecayWeights(params []float64, lr, weightDecay float64) {
	shrink := 1 - lr*weightDecay
	for i := range params {
		params[i] *= shrink
	}
}
