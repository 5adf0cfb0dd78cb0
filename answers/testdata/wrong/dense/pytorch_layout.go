// Exercise dense (wrong: reads the kernel in PyTorch's layout, kernel[j][i]).
package ch04

// DenseReLU returns max(0, x·W + b) for one row x.
func DenseReLU(kernel [][]float64, b, x []float64) []float64 {
	out := make([]float64, len(b))
	for j := range out {
		if j >= len(kernel) {
			break
		}
		z := b[j]
		for i, xi := range x {
			if i < len(kernel[j]) {
				z += xi * kernel[j][i]
			}
		}
		out[j] = max(0, z)
	}
	return out
}
