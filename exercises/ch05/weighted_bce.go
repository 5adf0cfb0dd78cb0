// Exercise weighted_bce: class-weighted binary cross-entropy.
//
// Read first: chapter 05-future-trends, "Non-uniform sample distributions".
//
// When positives are rare (1 in 100, say), a model can score well by always
// predicting "negative". Weighting the positive term makes each positive
// count as much as posWeight negatives:
//
//	J = −(1/n) · Σᵢ [ w₊·yᵢ·log p̂ᵢ + (1 − yᵢ)·log(1 − p̂ᵢ) ]
//
// with p̂ = min(max(p, eps), 1 − eps) as in exercise bce. A common choice is
// w₊ = (number of negatives)/(number of positives). With w₊ = 1 this is
// plain binary cross-entropy. An empty batch has loss 0.
//
// Check it with: descent check weighted_bce
package ch05

// eps keeps log away from 0 (Keras' value).
const eps = 1e-7

// WeightedBCE returns the mean class-weighted binary cross-entropy.
func WeightedBCE(p, y []float64, posWeight float64) float64 {
	// TODO: clamp each p[i]; add posWeight·y[i]·log(p̂) + (1−y[i])·log(1−p̂);
	// return minus the sum over n.
	return 0
}
