// Exercise tiny_fit (wrong: appends the bias column to each row into a new outer slice, rows := append(x[i], 1), which writes into the caller's memory when a row has spare capacity, as rows cut from one flat array do).
package ch06

import "math"

// FitTiny trains logistic regression on the rows of x and their 0/1 labels
// y by full-batch gradient descent and returns θ = (w₁ … w_d, b).
func FitTiny(x [][]float64, y []float64, lr float64, steps int) []float64 {
	if len(x) == 0 {
		return nil
	}
	rows := make([][]float64, len(x))
	for i := range x {
		rows[i] = append(x[i], 1) // a constant input, so b is just one more weight
	}
	d, n := len(rows[0]), float64(len(rows))
	theta := make([]float64, d)
	grad := make([]float64, d)
	for range steps {
		clear(grad)
		for i, row := range rows {
			z := 0.0
			for j, v := range row {
				z += theta[j] * v
			}
			e := 1/(1+math.Exp(-z)) - y[i]
			for j, v := range row {
				grad[j] += e * v / n
			}
		}
		for j := range theta {
			theta[j] -= lr * grad[j]
		}
	}
	return theta
}
