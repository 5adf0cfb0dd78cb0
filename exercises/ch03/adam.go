// Exercise adam: Adam with bias correction.
//
// Read first: chapter 03-algorithms, "Adam's bias correction".
//
// Adam combines momentum (a decaying average m of gradients) with RMSprop (a
// decaying average v of squared gradients). Both start at 0, so early on
// they are biased toward 0; dividing by (1 − βᵗ) corrects that. At step t
// (counting from 1):
//
//	m ← β₁·m + (1 − β₁)·g
//	v ← β₂·v + (1 − β₂)·g²
//	m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ)
//	θ ← θ − η·m̂ / (√v̂ + ε)
//
// On the first step m̂ = g and v̂ = g², so every coordinate moves by about η:
// without the correction it would move by η·(1−β₁)/√(1−β₂) ≈ 3.2·η.
//
// The optimizer keeps its state in the struct: M and V are nil until the
// first Step, which must create them with theta's length; T counts the steps
// taken. Step updates theta in place.
//
// Check it with: descent check adam
package ch03

// Adam is the Adam optimizer and its state.
type Adam struct {
	LR, Beta1, Beta2, Eps float64

	M, V []float64 // moment estimates; nil before the first step
	T    int       // steps taken so far
}

// Step does one Adam update of theta with the gradient grad.
func (a *Adam) Step(theta, grad []float64) {
	// TODO: create a.M and a.V (make, len(theta)) if they are nil;
	// increment a.T; update M and V; bias-correct with
	// 1 − math.Pow(a.Beta1, float64(a.T)) and the same for Beta2;
	// then theta[i] -= a.LR·m̂ / (math.Sqrt(v̂) + a.Eps).
}
