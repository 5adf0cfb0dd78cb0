// Exercise tiny_fit (wrong: the gradient and σ repaired, but the bias column still goes into the caller's rows).
package ch06

import "math"

// FitTiny trains logistic regression on the rows of x and their 0/1 labels
// y by full-batch gradient descent and returns θ = (w₁ … w_d, b).
func FitTiny(x [][]float64, y []float64, lr float64, steps int) []float64 {
	if len(x) == 0 {
		return nil
	}
	for i := range x {
		x[i] = append(x[i], 1)
	}
	d, n := len(x[0])-1, float64(len(x))
	theta := make([]float64, d+1)
	grad := make([]float64, d+1)
	for range steps {
		clear(grad)
		for i, row := range x {
			z := theta[d]
			for j, v := range row[:d] {
				z += theta[j] * v
			}
			e := 1/(1+math.Exp(-z)) - y[i]
			for j, v := range row[:d] {
				grad[j] += e * v / n
			}
			grad[d] += e / n
		}
		for j := range theta {
			theta[j] -= lr * grad[j]
		}
	}
	return theta
}
