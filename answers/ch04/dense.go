// Exercise dense: a Dense layer's forward pass with ReLU (answer).
//
// aᵢ = max(0, Σⱼ Wᵢⱼ·xⱼ + bᵢ)
package ch04

// DenseReLU returns max(0, W·x + b).
func DenseReLU(W [][]float64, b, x []float64) []float64 {
	out := make([]float64, len(W))
	for i, row := range W {
		z := b[i]
		for j, w := range row {
			z += w * x[j]
		}
		out[i] = max(0, z)
	}
	return out
}
