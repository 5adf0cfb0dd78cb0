// Exercise momentum: SGD with momentum, the heavy ball (wrong: with β = 0 it steps along g and leaves the old buffer in place, so momentum switched back on resumes from stale gradients).
//
// b ← β·b + g;  θ ← θ − η·b
package ch03

// MomentumStep does one heavy-ball update of theta and of its buffer,
// velocity.
func MomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	if beta == 0 {
		for i, g := range grad {
			theta[i] -= lr * g
		}
		return
	}
	for i, g := range grad {
		velocity[i] = beta*velocity[i] + g
		theta[i] -= lr * velocity[i]
	}
}
