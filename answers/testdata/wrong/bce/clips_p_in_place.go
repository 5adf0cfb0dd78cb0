// Exercise bce: the log loss with its brackets and clipping (wrong: clips the caller's p in place).
//
// BCE(p, y) = −(1/n)·Σᵢ [yᵢ·log p̂ᵢ + (1 − yᵢ)·log(1 − p̂ᵢ)],  p̂ᵢ = clip(pᵢ, ε, 1 − ε)
package ch01

import "math"

// eps keeps log away from 0; it is the value Keras uses.
const eps = 1e-7

// BCE returns the mean binary cross-entropy of the probabilities p against
// the labels y.
func BCE(p, y []float64) float64 {
	if len(p) == 0 {
		return 0
	}
	var sum float64
	for i := range p {
		p[i] = math.Min(math.Max(p[i], eps), 1-eps)
		sum += y[i]*math.Log(p[i]) + (1-y[i])*math.Log(1-p[i])
	}
	return -sum / float64(len(p))
}
