// Exercise gd_step: the gradient-descent step, and a loop of them (wrong: zero steps hand back the caller's theta itself, not a copy).
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
	if steps == 0 {
		return theta
	}
	x := append([]float64(nil), theta...)
	for range steps {
		GDStep(x, grad(x), lr)
	}
	return x
}
