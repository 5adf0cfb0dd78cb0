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
