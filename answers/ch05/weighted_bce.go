// Exercise weighted_bce: class-weighted binary cross-entropy (answer).
//
// J = −(1/n) · Σᵢ [ w₊·yᵢ·log p̂ᵢ + (1 − yᵢ)·log(1 − p̂ᵢ) ]
package ch05

import "math"

// eps keeps log away from 0 (Keras' value).
const eps = 1e-7

// WeightedBCE returns the mean class-weighted binary cross-entropy.
func WeightedBCE(p, y []float64, posWeight float64) float64 {
	if len(p) == 0 {
		return 0
	}
	sum := 0.0
	for i := range p {
		q := math.Min(math.Max(p[i], eps), 1-eps)
		sum += posWeight*y[i]*math.Log(q) + (1-y[i])*math.Log(1-q)
	}
	return -sum / float64(len(p))
}
