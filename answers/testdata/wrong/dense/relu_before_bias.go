// Exercise dense (wrong: applies the ReLU before adding the bias).
package ch04

// DenseReLU returns max(0, x·W + b) for one row x.
func DenseReLU(kernel [][]float64, b, x []float64) []float64 {
	out := make([]float64, len(b))
	for j := range out {
		z := 0.0
		for i, xi := range x {
			z += xi * kernel[i][j]
		}
		out[j] = max(0, z) + b[j]
	}
	return out
}
