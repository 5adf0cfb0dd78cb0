// Exercise nesterov: momentum that measures the slope where it is going
// (wrong: builds the look-ahead point in velocity's slice, losing the buffer).
//
// θ̃ = θ − η·β·b;  b ← β·b + ∇J(θ̃);  θ ← θ − η·b
package ch03

// NesterovStep does one Nesterov-momentum update of theta and of its
// buffer, velocity.
func NesterovStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	old := append([]float64(nil), velocity...)
	for i := range theta {
		velocity[i] = theta[i] - lr*beta*velocity[i]
	}
	g := grad(velocity)
	for i := range theta {
		velocity[i] = beta*old[i] + g[i]
		theta[i] -= lr * velocity[i]
	}
}
