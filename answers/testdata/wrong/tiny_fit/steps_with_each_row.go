// Exercise tiny_fit (wrong: fixes σ and the rows, but steps after every row with that row's gradient, stochastic descent, instead of one full-batch step).
package ch06

import "math"

// FitTiny trains logistic regression on the rows of x and their 0/1 labels
// y by full-batch gradient descent and returns θ = (w₁ … w_d, b).
func FitTiny(x [][]float64, y []float64, lr float64, steps int) []float64 {
	if len(x) == 0 {
		return nil
	}
	d, n := len(x[0]), float64(len(x))
	theta := make([]float64, d+1)
	for range steps {
		for i, row := range x {
			z := theta[d]
			for j, v := range row {
				z += theta[j] * v
			}
			e := 1/(1+math.Exp(-z)) - y[i]
			for j, v := range row {
				theta[j] -= lr * e * v / n
			}
			theta[d] -= lr * e / n
		}
	}
	return theta
}
