// Exercise gd_step: the gradient-descent step, and a loop of them (wrong: scales grad by lr in place, then subtracts it).
//
// θᵢ ← θᵢ − η·gᵢ
package ch02

// GDStep moves theta one step of size lr against grad, in place.
func GDStep(theta, grad []float64, lr float64) {
	for i := range theta {
		grad[i] *= lr
		theta[i] -= grad[i]
	}
}

// Descend runs steps gradient-descent steps from theta and returns where
// they end.
func Descend(grad func(theta []float64) []float64, theta []float64, lr float64, steps int) []float64 {
	x := append([]float64(nil), theta...)
	for range steps {
		GDStep(x, grad(x), lr)
	}
	return x
}
