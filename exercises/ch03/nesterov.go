// Exercise nesterov: Nesterov momentum with the look-ahead gradient.
//
// Read first: chapter 03-algorithms, "Nesterov, stated correctly".
//
// Momentum is going to move θ by about −η·β·v anyway, so Nesterov measures
// the gradient there, at the look-ahead point, instead of at θ:
//
//	θ̃ = θ − η·β·v
//	v ← β·v + ∇J(θ̃)
//	θ ← θ − η·v
//
// The source article writes this with mixed signs and without β; on
// J(θ) = θ its version climbs uphill. Here the gradient is a function, so
// you can evaluate it wherever you need: build θ̃ in a new slice (do not pass
// theta itself), call grad once, then update velocity and theta in place.
//
// Check it with: descent check nesterov
package ch03

// NesterovStep does one Nesterov-momentum update of theta and its velocity.
func NesterovStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	// TODO: look := θ − lr·beta·velocity (a new slice); g := grad(look);
	// then velocity[i] = beta·velocity[i] + g[i] and theta[i] -= lr·velocity[i].
}
