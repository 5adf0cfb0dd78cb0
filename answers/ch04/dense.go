// Exercise dense: a Dense layer's forward pass with ReLU, in Keras's layout (answer).
//
// aⱼ = max(0, bⱼ + Σᵢ xᵢ·Wᵢⱼ), W stored [inputs][units]
package ch04

// DenseReLU returns max(0, x·W + b) for one row x.
func DenseReLU(kernel [][]float64, b, x []float64) []float64 {
	out := make([]float64, len(b))
	for j := range out {
		z := b[j]
		for i, xi := range x {
			z += xi * kernel[i][j]
		}
		out[j] = max(0, z)
	}
	return out
}
