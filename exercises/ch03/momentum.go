// Exercise momentum: SGD with momentum (the heavy ball).
//
// Read first: chapter 03-algorithms, "3. Momentum: the heavy ball".
//
// Momentum keeps a velocity v, a running sum of past gradients that decays by
// β each step, and moves along it instead of along the raw gradient:
//
//	v ← β·v + g
//	θ ← θ − η·v
//
// This is PyTorch's convention. Another common one folds η into v
// (v ← β·v − η·g, θ ← θ + v); with a constant η the two take the same steps.
// With β = 0 it is plain gradient descent.
//
// Update velocity and theta in place; leave grad alone.
//
// Check it with: descent check momentum
package ch03

// MomentumStep does one momentum update of theta and its velocity.
func MomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	// TODO: for each i, first velocity[i] = beta·velocity[i] + grad[i],
	// then theta[i] -= lr·velocity[i].
}
