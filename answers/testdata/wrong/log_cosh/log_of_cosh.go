// Exercise log_cosh (wrong: the value as math.Log(math.Cosh(r)), which overflows past |r| ≈ 710).
//
// log cosh r = |r| + log(1 + e^(−2|r|)) − log 2;   d/dr log cosh r = tanh r
package ch06

import "math"

// LogCosh returns the mean log-cosh loss of pred against target.
func LogCosh(pred, target []float64) float64 {
	if len(pred) == 0 {
		return 0
	}
	sum := 0.0
	for i := range pred {
		sum += math.Log(math.Cosh(pred[i] - target[i]))
	}
	return sum / float64(len(pred))
}

// LogCoshGrad returns ∂LogCosh/∂pred, one value per prediction.
func LogCoshGrad(pred, target []float64) []float64 {
	grad := make([]float64, len(pred))
	n := float64(len(pred))
	for i := range pred {
		grad[i] = math.Tanh(pred[i]-target[i]) / n
	}
	return grad
}
