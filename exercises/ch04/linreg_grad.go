// Exercise linreg_grad: the linear-regression gradient, with its 1/n.
//
// Read first: chapter 04-code, "Linear regression from scratch".
//
// A linear model predicts ŷᵢ = xᵢ·w + b for each row xᵢ of X. Its loss is
// half the mean squared residual, with rᵢ = ŷᵢ − yᵢ:
//
//	J(w, b) = (1/2n) · Σᵢ rᵢ²
//	∂J/∂wⱼ  = (1/n) · Σᵢ rᵢ·xᵢⱼ
//	∂J/∂b   = (1/n) · Σᵢ rᵢ
//
// The source article's numpy version forgets the 1/n (and the bias column).
// Without it the gradient grows with the number of samples, and with 100
// samples and η = 0.01 the step passes the stability limit 2/L and diverges.
//
// X has n rows of len(w) features each; y has n targets. For n = 0 return a
// zero gradient. Do not change X, y or w.
//
// Check it with: descent check linreg_grad
package ch04

// LinRegGrad returns ∂J/∂w and ∂J/∂b at (w, b).
func LinRegGrad(X [][]float64, y, w []float64, b float64) (gradW []float64, gradB float64) {
	gradW = make([]float64, len(w))
	// TODO: for each row i compute rᵢ = Σⱼ X[i][j]·w[j] + b − y[i];
	// add rᵢ·X[i][j] to gradW[j] and rᵢ to gradB; divide both by n at the end.
	return gradW, gradB
}
