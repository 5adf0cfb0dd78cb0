// Exercise linreg_grad (wrong: stores each residual in y to reuse the slice).
package ch04

// LinRegGrad returns ∂J/∂w and ∂J/∂b at (w, b).
func LinRegGrad(X [][]float64, y, w []float64, b float64) (gradW []float64, gradB float64) {
	gradW = make([]float64, len(w))
	n := float64(len(X))
	if n == 0 {
		return gradW, 0
	}
	for i, row := range X {
		p := b
		for j, x := range row {
			p += x * w[j]
		}
		y[i] = p - y[i]
	}
	for i, row := range X {
		for j, x := range row {
			gradW[j] += y[i] * x / n
		}
		gradB += y[i] / n
	}
	return gradW, gradB
}
