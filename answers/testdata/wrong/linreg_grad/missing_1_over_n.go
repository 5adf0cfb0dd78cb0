// Exercise linreg_grad: the gradient of linear regression's loss, with its 1/n (wrong: the gradient of the sum, without the 1/n).
//
// ∂J/∂wⱼ = (1/n) · Σᵢ rᵢ·xᵢⱼ;  ∂J/∂b = (1/n) · Σᵢ rᵢ;  rᵢ = xᵢ·w + b − yᵢ
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
			gradW[j] += r * x
		}
		gradB += r
	}
	return gradW, gradB
}
