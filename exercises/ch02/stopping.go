// Exercise stopping: repair document 000's gradient-descent loop.
//
// Read first: chapter 02-core-concepts, "When to stop".
//
// Minimize below follows document 000's four steps word for word: start
// somewhere, compute the gradient, "add the learning rate times the
// gradient to the current parameters", and repeat "until the loss reaches
// its minimum or a given number of iterations". Run on
// J(θ) = (θ₁ − 3)² + 2·(θ₂ + 1)² + 1, whose minimum is 1 at (3, −1), it
// uses its whole budget of steps and returns a point far from (3, −1).
//
// Repair it so that it does what it promises:
//
//   - each step is θ ← θ − η·∇J(θ);
//   - before each step it tests the gradient at the current point and
//     stops as soon as ‖∇J(θ)‖ ≤ tol (the Euclidean norm), or when it has
//     taken maxSteps steps;
//   - it returns the point reached, in a new slice (theta0 is not
//     changed), and the number of steps it took.
//
// Check it with: go run . check stopping   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch02

// Minimize runs gradient descent on J from theta0 with learning rate lr,
// until the gradient's norm is at most tol or maxSteps steps are taken.
func Minimize(J func([]float64) float64, grad func([]float64) []float64, theta0 []float64, lr, tol float64, maxSteps int) (theta []float64, steps int) {
	theta = append([]float64(nil), theta0...)
	// Repeat until the loss reaches its minimum, or the iterations run out.
	for steps < maxSteps && J(theta) > 0 {
		g := grad(theta)
		for i := range theta {
			theta[i] += lr * g[i] // add the learning rate times the gradient
		}
		steps++
	}
	return theta, steps
}
