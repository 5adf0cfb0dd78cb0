package ch04

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

// descendToLeastSquares runs core/optim's SGD with rate lr on the mean
// squared error of the line θ₀ + θ₁·x from θ = 0 and returns the steps it
// took to come within tol of θ* (−1 if it diverged, limit+1 if it did not
// arrive).
func descendToLeastSquares(t *testing.T, x, y []float64, lr float64, limit int) int {
	t.Helper()
	opt, err := optim.New("sgd", map[string]float64{"lr": lr})
	if err != nil {
		expect.Fatalf(t, "optim.New(sgd, lr = %g): %v\n  next: return a positive, finite learning rate.", lr, err)
	}
	b, m := leastSquares(x, y)
	tol := 1e-8 * (1 + math.Hypot(b, m))
	theta, grad := []float64{0, 0}, []float64{0, 0}
	n := float64(len(x))
	for step := 1; step <= limit; step++ {
		grad[0], grad[1] = 0, 0
		for i := range x {
			r := theta[0] + theta[1]*x[i] - y[i]
			grad[0] += 2 * r / n
			grad[1] += 2 * r * x[i] / n
		}
		opt.Step(theta, grad)
		d := math.Hypot(theta[0]-b, theta[1]-m)
		switch {
		case d <= tol:
			return step
		case !(d < 1e12):
			return -1
		}
	}
	return limit + 1
}

// bestSteps finds, by a fine search, the fixed rate that needs the fewest
// steps on these points, and returns its step count: the target the
// learner's rate is held to.
func bestSteps(t *testing.T, x, y []float64, hint float64) int {
	t.Helper()
	best := math.MaxInt
	for k := -40; k <= 40; k++ {
		lr := hint * math.Pow(1.01, float64(k))
		if s := descendToLeastSquares(t, x, y, lr, 200000); s > 0 && s < best {
			best = s
		}
	}
	return best
}

func TestChooseLR(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 5))
	sets := []struct {
		name string
		x    func() float64
	}{
		{"x standard normal", rng.NormFloat64},
		{"x spread over [3, 5]", func() float64 { return 3 + 2*rng.Float64() }},
		{"x = 10·N(0, 1) − 5", func() float64 { return 10*rng.NormFloat64() - 5 }},
	}
	for _, set := range sets {
		n := 60
		x, y := make([]float64, n), make([]float64, n)
		for i := range x {
			x[i] = set.x()
			y[i] = 1.5 - 2*x[i] + 0.5*rng.NormFloat64()
		}
		given := expect.Copy(x)
		lr := ChooseLR(given)
		call := fmt.Sprintf("ChooseLR(%d points, %s)", n, set.name)
		expect.Floats(t, "x after "+call, given, x, 0, "x is not yours to change: read it, and keep what you compute from it in variables of your own.")
		if !(lr > 0) || math.IsInf(lr, 0) {
			expect.Failf(t, "%s\n  expected a positive, finite learning rate\n  got      %v\n  next: the rate follows from the eigenvalues of J's Hessian, which depends on x alone.", call, lr)
			continue
		}
		// The scale of the answer: the eigenvalues of H = (2/n)·XᵀX.
		var sx, sxx float64
		for _, v := range x {
			sx += v
			sxx += v * v
		}
		a, b, d := 2.0, 2*sx/float64(n), 2*sxx/float64(n)
		L := (a+d)/2 + math.Hypot((a-d)/2, b)
		target := bestSteps(t, x, y, 2/((a+d)/2-math.Hypot((a-d)/2, b)+L))
		budget := int(1.2*float64(target)) + 3
		got := descendToLeastSquares(t, x, y, lr, budget)
		switch {
		case got == -1:
			expect.Failf(t, "%s = %.6g\n  expected a rate below 2/L = %.6g, L the largest eigenvalue of the Hessian\n  got      a run that diverged\n  next: J = (1/n)·Σ r² has Hessian (2/n)·XᵀX with X = [1 x]; mind both the 2 and the 1/n.", call, lr, 2/L)
		case got > budget:
			expect.Failf(t, "%s = %.6g\n  expected θ within 1e-8 of least squares in at most %d steps (the best fixed rate needs %d)\n  got      not there after %d steps\n  next: the error along each eigenvector of H shrinks by |1 − η·λ| per step; choose η so that the worst of these factors is as small as it can be, not just below 1.",
				call, lr, budget, target, budget)
		}
	}
}
