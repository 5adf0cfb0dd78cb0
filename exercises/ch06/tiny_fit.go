// Exercise tiny_fit: repair a training loop that cannot overfit eight rows.
//
// Read first: chapter 06-faq, "Overfit a tiny batch first".
//
// FitTiny trains logistic regression, p = σ(w·x + b) with σ(z) =
// 1/(1 + e⁻ᶻ), on the rows of x and their 0/1 labels y, by full-batch
// gradient descent on the mean binary cross-entropy
//
//	J(w, b) = −(1/n)·Σᵢ [yᵢ·log pᵢ + (1 − yᵢ)·log(1 − pᵢ)]
//	∂J/∂wⱼ = (1/n)·Σᵢ (pᵢ − yᵢ)·xᵢⱼ,     ∂J/∂b = (1/n)·Σᵢ (pᵢ − yᵢ)
//
// starting from w = 0, b = 0, and taking steps θ ← θ − η·∇J(θ). It returns
// θ = (w₁ … w_d, b). No rows: it returns nil. It must not change x or y.
//
// It does not work. Someone ran the sanity check of the chapter: eight
// rows that a line separates perfectly, η = 0.5, 2000 steps. The loss
// should fall towards 0. Instead it wanders and climbs, the predictions
// come out the wrong way round, and after the call the caller's rows are
// longer than they were. There is more than one bug. Find them all: the
// tests check the loss on the eight rows, the exact θ after a few steps,
// and that the inputs are left alone.
//
// Check it with: go run . check tiny_fit   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch06

import "math"

// FitTiny trains logistic regression on the rows of x and their 0/1 labels
// y by full-batch gradient descent and returns θ = (w₁ … w_d, b).
func FitTiny(x [][]float64, y []float64, lr float64, steps int) []float64 {
	if len(x) == 0 {
		return nil
	}
	for i := range x {
		x[i] = append(x[i], 1) // a constant input, so b is just one more weight
	}
	d, n := len(x[0]), float64(len(x))
	theta := make([]float64, d)
	grad := make([]float64, d)
	for range steps {
		for i, row := range x {
			z := 0.0
			for j, v := range row {
				z += theta[j] * v
			}
			e := 1/(1+math.Exp(z)) - y[i]
			for j, v := range row {
				grad[j] += e * v / n
			}
		}
		for j := range theta {
			theta[j] -= lr * grad[j]
		}
	}
	return theta
}
