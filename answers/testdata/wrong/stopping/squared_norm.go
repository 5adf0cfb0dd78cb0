// Exercise stopping: document 000's gradient-descent loop, repaired (wrong: compares ‖∇J‖² with tol).
package ch02

// Minimize runs gradient descent on J from theta0 with learning rate lr,
// until the gradient's norm is at most tol or maxSteps steps are taken.
func Minimize(J func([]float64) float64, grad func([]float64) []float64, theta0 []float64, lr, tol float64, maxSteps int) (theta []float64, steps int) {
	theta = append([]float64(nil), theta0...)
	for ; steps < maxSteps; steps++ {
		g := grad(theta)
		var norm2 float64
		for _, v := range g {
			norm2 += v * v
		}
		if norm2 <= tol {
			break
		}
		for i := range theta {
			theta[i] -= lr * g[i]
		}
	}
	return theta, steps
}
