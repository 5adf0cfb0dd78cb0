// Exercise nesterov: momentum that measures the slope where it is going
// (wrong: builds every look-ahead point in one package-level slice, so a point grad kept changes under it at the next step).
//
// θ̃ = θ − η·β·b;  b ← β·b + ∇J(θ̃);  θ ← θ − η·b
package ch03

// NesterovStep does one Nesterov-momentum update of theta and of its
// buffer, velocity.
func NesterovStep(theta, velocity []float64, grad func(at []float64) []float64, lr, beta float64) {
	if len(scratch) != len(theta) {
		scratch = make([]float64, len(theta))
	}
	for i := range theta {
		scratch[i] = theta[i] - lr*beta*velocity[i]
	}
	g := grad(scratch)
	for i := range theta {
		velocity[i] = beta*velocity[i] + g[i]
		theta[i] -= lr * velocity[i]
	}
}

// scratch holds the look-ahead point, reused from step to step.
var scratch []float64
