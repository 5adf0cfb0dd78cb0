// Exercise gd_step: the gradient-descent step, and a loop of them (wrong: the gradient is taken once, at the start).
//
// θᵢ ← θᵢ − η·gᵢ
package ch02

// GDStep moves theta one step of size lr against grad, in place.
func GDStep(theta, grad []float64, lr float64) {
	for i := range theta {
		theta[i] -= lr * grad[i]
	}
}

// Descend runs steps gradient-descent steps from theta and returns where
// they end.
func Descend(grad func(theta []float64) []float64, theta []float64, lr float64, steps int) []float64 {
	x := append([]float64(nil), theta...)
	g := grad(x)
	for range steps {
		GDStep(x, g, lr)
	}
	return x
}
