// Exercise log_cosh (wrong: no derivation; the gradient is a central difference of the loss with h = 1e-6, good to about six digits).
package ch06

import "math"

func logCosh(r float64) float64 {
	a := math.Abs(r)
	return a + math.Log1p(math.Exp(-2*a)) - math.Ln2
}

// LogCosh returns the mean log-cosh loss of pred against target.
func LogCosh(pred, target []float64) float64 {
	if len(pred) == 0 {
		return 0
	}
	sum := 0.0
	for i := range pred {
		sum += logCosh(pred[i] - target[i])
	}
	return sum / float64(len(pred))
}

// LogCoshGrad returns ∂LogCosh/∂pred, one value per prediction.
func LogCoshGrad(pred, target []float64) []float64 {
	grad := make([]float64, len(pred))
	n := float64(len(pred))
	const h = 1e-6
	for i := range pred {
		r := pred[i] - target[i]
		grad[i] = (logCosh(r+h) - logCosh(r-h)) / (2 * h) / n
	}
	return grad
}
