// Exercise huber (wrong: subtracts target from pred in place to get the residuals, changing the caller's predictions).
package ch06

import "math"

// Huber returns the mean Huber loss of pred against target.
func Huber(pred, target []float64, delta float64) float64 {
	if len(pred) == 0 {
		return 0
	}
	sum := 0.0
	for i := range pred {
		pred[i] -= target[i]
		r := math.Abs(pred[i])
		if r <= delta {
			sum += 0.5 * r * r
		} else {
			sum += delta * (r - 0.5*delta)
		}
	}
	return sum / float64(len(pred))
}

// HuberGrad returns ∂Huber/∂pred, one value per prediction.
func HuberGrad(pred, target []float64, delta float64) []float64 {
	grad := make([]float64, len(pred))
	n := float64(len(pred))
	for i := range pred {
		pred[i] -= target[i]
		r := pred[i]
		if math.Abs(r) <= delta {
			grad[i] = r / n
		} else {
			grad[i] = math.Copysign(delta, r) / n
		}
	}
	return grad
}
