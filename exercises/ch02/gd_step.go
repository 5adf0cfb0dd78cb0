// Exercise gd_step: one gradient-descent step, in place.
//
// Read first: chapter 02-core-concepts, "Gradient descent".
//
// Gradient descent moves the parameters a small step against the gradient,
// with learning rate η:
//
//	θᵢ ← θᵢ − η·gᵢ
//
// Update theta in place (the caller keeps using the same slice) and leave
// grad alone. Then Descend repeats the step: starting from theta it takes
// steps steps, asking grad for the slope at the current point each time, and
// returns the point it reached (a new slice; the caller's theta is not
// changed).
//
// Check it with: descent check gd_step
package ch02

// GDStep moves theta one step of size lr against grad, in place.
func GDStep(theta, grad []float64, lr float64) {
	// TODO: theta[i] -= lr * grad[i] for every i.
}

// Descend runs steps gradient-descent steps from theta and returns where
// they end.
func Descend(grad func(theta []float64) []float64, theta []float64, lr float64, steps int) []float64 {
	x := append([]float64(nil), theta...)
	// TODO: repeat steps times: GDStep(x, grad(x), lr).
	return x
}
