// Exercise log_cosh (wrong: the gradient as sinh/cosh, which is Inf/Inf = NaN for large residuals).
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
		a := math.Abs(pred[i] - target[i])
		sum += a + math.Log1p(math.Exp(-2*a)) - math.Ln2
	}
	return sum / float64(len(pred))
}

// LogCoshGrad returns ∂LogCosh/∂pred, one value per prediction.
func LogCoshGrad(pred, target []float64) []float64 {
	grad := make([]float64, len(pred))
	n := float64(len(pred))
	for i := range pred {
		r := pred[i] - target[i]
		grad[i] = math.Sinh(r) / math.Cosh(r) / n
	}
	return grad
}
