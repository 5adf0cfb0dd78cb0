// Exercise tiny_fit (wrong: the repairs, written for the two features of the sanity check: the bias is θ[2] whatever the rows hold).
package ch06

import "math"

// FitTiny trains logistic regression on the rows of x and their 0/1 labels
// y by full-batch gradient descent and returns θ = (w₁ … w_d, b).
func FitTiny(x [][]float64, y []float64, lr float64, steps int) []float64 {
	if len(x) == 0 {
		return nil
	}
	n := float64(len(x))
	theta := make([]float64, 3)
	grad := make([]float64, 3)
	for range steps {
		clear(grad)
		for i, row := range x {
			z := theta[0]*row[0] + theta[1]*row[1] + theta[2]
			e := 1/(1+math.Exp(-z)) - y[i]
			grad[0] += e * row[0] / n
			grad[1] += e * row[1] / n
			grad[2] += e / n
		}
		for j := range theta {
			theta[j] -= lr * grad[j]
		}
	}
	return theta
}
