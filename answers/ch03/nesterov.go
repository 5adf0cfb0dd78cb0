// Exercise nesterov: Nesterov momentum with the look-ahead gradient (answer).
//
// θ̃ = θ − η·β·v;  v ← β·v + ∇J(θ̃);  θ ← θ − η·v
package ch03

// NesterovStep does one Nesterov-momentum update of theta and its velocity.
func NesterovStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	look := make([]float64, len(theta))
	for i := range theta {
		look[i] = theta[i] - lr*beta*velocity[i]
	}
	g := grad(look)
	for i := range theta {
		velocity[i] = beta*velocity[i] + g[i]
		theta[i] -= lr * velocity[i]
	}
}
