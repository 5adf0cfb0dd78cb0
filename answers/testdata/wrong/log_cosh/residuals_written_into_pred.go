// Exercise log_cosh (wrong: subtracts target from pred in place to get the residuals, changing the caller's predictions).
package ch06

import "math"

// LogCosh returns the mean log-cosh loss of pred against target.
func LogCosh(pred, target []float64) float64 {
	if len(pred) == 0 {
		return 0
	}
	sum := 0.0
	for i := range pred {
		pred[i] -= target[i]
		a := math.Abs(pred[i])
		sum += a + math.Log1p(math.Exp(-2*a)) - math.Ln2
	}
	return sum / float64(len(pred))
}

// LogCoshGrad returns ∂LogCosh/∂pred, one value per prediction.
func LogCoshGrad(pred, target []float64) []float64 {
	grad := make([]float64, len(pred))
	n := float64(len(pred))
	for i := range pred {
		pred[i] -= target[i]
		grad[i] = math.Tanh(pred[i]) / n
	}
	return grad
}
