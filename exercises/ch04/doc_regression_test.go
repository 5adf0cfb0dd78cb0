package ch04

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"descent/exercises/internal/expect"
)

// documentLike draws n points around y = 1.5 − 2x, x standard normal, as
// document 000 means to (Go's generator, not numpy's).
func documentLike(n int, seed uint64) (x, y []float64) {
	rng := rand.New(rand.NewPCG(seed, 2024))
	for range n {
		xi := rng.NormFloat64()
		x = append(x, xi)
		y = append(y, 1.5-2*xi+0.5*rng.NormFloat64())
	}
	return x, y
}

func checkFit(t *testing.T, n int, seed uint64, lr float64, iterations int) {
	t.Helper()
	x, y := documentLike(n, seed)
	theta := FitDocument(expect.Copy(x), expect.Copy(y), lr, iterations)
	call := fmt.Sprintf("FitDocument(%d points around y = 1.5 − 2x, η = %g, %d iterations)", n, lr, iterations)
	if len(theta) != 2 {
		expect.Fatalf(t, "%s\n  expected [θ₀ θ₁]\n  got      %d values\n  next: return the intercept and the slope.", call, len(theta))
	}
	b, m := leastSquares(x, y)
	if !expect.Finite(t, call+" θ₀", theta[0], "the iteration diverged: some step size is past 2/L. Compare the gradient with ∇J of the mean squared error, term by term, and count how many residuals each row contributes.") ||
		!expect.Finite(t, call+" θ₁", theta[1], "the iteration diverged.") {
		return
	}
	if math.Abs(theta[0]-b) > 1e-6 || math.Abs(theta[1]-m) > 1e-6 {
		expect.Failf(t, "%s\n  expected the least-squares line θ = [%.6f %.6f]\n  got      θ = %s\n  next: check what each entry of θ multiplies in the prediction, and which target each prediction is compared with.",
			call, b, m, expect.Format(theta))
	}
}

// The document's own settings: n around 100, η = 0.01, 1000 iterations.
func TestFitDocumentOnTheDocumentsSettings(t *testing.T) {
	checkFit(t, 120, 1, 0.01, 1000)
}

// A small set and a small step: no divergence, so only the right
// gradient lands on the right line.
func TestFitDocumentOnTenPoints(t *testing.T) {
	checkFit(t, 10, 2, 0.001, 60000)
	checkFit(t, 37, 3, 0.2, 300)
	theta := FitDocument(nil, nil, 0.01, 5)
	expect.Floats(t, "FitDocument(no points, η = 0.01, 5 iterations)", theta, []float64{0, 0}, 0,
		"with no points the gradient is 0 (do not divide 0 by n = 0); θ stays [0 0].")
}

// gradientDescent is the iteration the header states, step by step: each
// step uses the gradient of the mean squared error at the θ it starts from.
func gradientDescent(x, y []float64, lr float64, iterations int) []float64 {
	n := float64(len(x))
	theta := []float64{0, 0}
	for range iterations {
		var g0, g1 float64
		for i := range x {
			r := theta[0] + theta[1]*x[i] - y[i]
			g0 += 2 * r / n
			g1 += 2 * r * x[i] / n
		}
		theta[0] -= lr * g0
		theta[1] -= lr * g1
	}
	return theta
}

// Landing on the line is not enough: after a few steps θ must be exactly
// where gradient descent on J with this η has taken it.
func TestFitDocumentTakesTheStepsItIsGiven(t *testing.T) {
	x, y := documentLike(37, 3)
	for _, iterations := range []int{1, 2, 5} {
		got := FitDocument(expect.Copy(x), expect.Copy(y), 0.05, iterations)
		want := gradientDescent(x, y, 0.05, iterations)
		call := fmt.Sprintf("FitDocument(37 points, η = 0.05, %d iterations)", iterations)
		next := "each iteration is one step θ ← θ − η·∇J(θ) of the whole gradient of J = (1/n)·Σ (θ₀ + θ₁·xᵢ − yᵢ)², taken at the θ the step starts from."
		if len(got) == 2 {
			b, m := leastSquares(x, y)
			switch {
			case expect.Close(got[0], b, 1e-9) && expect.Close(got[1], m, 1e-9):
				next = "that is the least-squares line itself, after only a few steps: the task is the loop of gradient steps, not the closed form."
			case iterations == 1 && expect.Close(got[0], want[0]*37/36, 1e-9) && expect.Close(got[1], want[1]*37/36, 1e-9):
				next = "your first step is 37/36 times too long: the mean of n = 37 squared residuals divides by n, not n − 1."
			case iterations == 1 && expect.Close(got[0], want[0]/2, 1e-9) && expect.Close(got[1], want[1]/2, 1e-9):
				next = "your first step is half as long as it should be: the derivative of a square brings a factor 2."
			case iterations == 1 && expect.Close(got[0], want[0], 1e-12) && !expect.Close(got[1], want[1], 1e-12):
				next = "θ₀ is right but θ₁ is not: compute both partial derivatives at the same θ, then update both; do not use the new θ₀ in θ₁'s gradient."
			}
		}
		expect.Floats(t, call, got, want, 1e-12, next)
	}
}
