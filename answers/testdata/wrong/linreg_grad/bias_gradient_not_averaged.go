// Exercise linreg_grad (wrong: divides the weights' gradient by n but leaves the bias's as a sum).
package ch04

// LinRegGrad returns ∂J/∂w and ∂J/∂b at (w, b).
func LinRegGrad(X [][]float64, y, w []float64, b float64) (gradW []float64, gradB float64) {
	gradW = make([]float64, len(w))
	n := len(X)
	if n == 0 {
		return gradW, 0
	}
	for i, row := range X {
		r := b - y[i]
		for j, x := range row {
			r += x * w[j]
		}
		for j, x := range row {
			gradW[j] += r * x / float64(n)
		}
		gradB += r
	}
	return gradW, gradB
}
