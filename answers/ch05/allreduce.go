// Exercise allreduce: averaging gradients from several workers (answer).
//
// g = (1/K) · Σₖ g⁽ᵏ⁾
package ch05

import (
	"errors"
	"fmt"
)

// AverageGradients returns the coordinate-wise mean of the workers' gradients.
func AverageGradients(workers [][]float64) ([]float64, error) {
	if len(workers) == 0 {
		return nil, errors.New("no workers")
	}
	n := len(workers[0])
	avg := make([]float64, n)
	for k, g := range workers {
		if len(g) != n {
			return nil, fmt.Errorf("worker %d sent %d values, worker 0 sent %d", k, len(g), n)
		}
		for i, v := range g {
			avg[i] += v
		}
	}
	for i := range avg {
		avg[i] /= float64(len(workers))
	}
	return avg, nil
}
