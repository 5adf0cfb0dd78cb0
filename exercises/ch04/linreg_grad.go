// Exercise linreg_grad: the gradient of linear regression's loss, with its 1/n.
//
// Read first: chapter 04-code, "Fault 2: the gradient of a sum, not of a mean".
//
// A linear model predicts ŷᵢ = xᵢ·w + b for each row xᵢ of X (n rows of
// len(w) features each). Its loss here is half the mean squared residual,
// with rᵢ = ŷᵢ − yᵢ:
//
//	J(w, b) = (1/2n) · Σᵢ rᵢ²
//
// Return its gradient, ∂J/∂wⱼ for every weight and ∂J/∂b, at (w, b).
// Differentiate J yourself: the ½ is there so that no factor 2 survives,
// and the 1/n is the one document 000's numpy code leaves out (chapter 4
// shows its gradient diverging at η = 0.01 for 100 points, and converging
// once it is divided by n).
//
// For n = 0 return a zero gradient (len(w) zeros and 0). Do not change X,
// y or w.
//
// Check it with: go run . check linreg_grad   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch04

// LinRegGrad returns ∂J/∂w and ∂J/∂b at (w, b).
func LinRegGrad(X [][]float64, y, w []float64, b float64) (gradW []float64, gradB float64) {
	// TODO: the gradient of J with respect to each weight and to the bias.
	return nil, 0
}
