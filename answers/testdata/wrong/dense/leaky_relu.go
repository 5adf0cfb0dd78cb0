// Exercise dense (wrong: a leaky ReLU, 0.01·z below zero, instead of max(0, z)).
package ch04

// DenseReLU returns max(0, x·W + b) for one row x.
func DenseReLU(kernel [][]float64, b, x []float64) []float64 {
	out := make([]float64, len(b))
	for j := range out {
		z := b[j]
		for i, xi := range x {
			z += xi * kernel[i][j]
		}
		if z < 0 {
			z *= 0.01
		}
		out[j] = z
	}
	return out
}
