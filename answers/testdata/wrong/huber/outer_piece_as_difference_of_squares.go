// Exercise huber (wrong: writes the outer piece as ½r² − ½(|r| − δ)², equal on paper, but r² overflows to Inf − Inf = NaN for a huge residual).
package ch06

import "math"

// Huber returns the mean Huber loss of pred against target.
func Huber(pred, target []float64, delta float64) float64 {
	if len(pred) == 0 {
		return 0
	}
	sum := 0.0
	for i := range pred {
		r := math.Abs(pred[i] - target[i])
		if r <= delta {
			sum += 0.5 * r * r
		} else {
			sum += 0.5*r*r - 0.5*(r-delta)*(r-delta)
		}
	}
	return sum / float64(len(pred))
}

// HuberGrad returns ∂Huber/∂pred, one value per prediction.
func HuberGrad(pred, target []float64, delta float64) []float64 {
	grad := make([]float64, len(pred))
	n := float64(len(pred))
	for i := range pred {
		r := pred[i] - target[i]
		if math.Abs(r) <= delta {
			grad[i] = r / n
		} else {
			grad[i] = math.Copysign(delta, r) / n
		}
	}
	return grad
}
