package ch02

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

// withSpectrum builds H = Q·diag(eig)·Q with the Householder reflection
// Q = I − 2vvᵀ/(vᵀv): a symmetric matrix whose eigenvalues are exactly eig
// (to rounding) and whose axes are turned away from the coordinates.
func withSpectrum(eig, v []float64) [][]float64 {
	n := len(eig)
	var vv float64
	for _, x := range v {
		vv += x * x
	}
	Q := make([][]float64, n)
	for i := range Q {
		Q[i] = make([]float64, n)
		for j := range Q[i] {
			Q[i][j] = -2 * v[i] * v[j] / vv
		}
		Q[i][i]++
	}
	H := make([][]float64, n)
	for i := range H {
		H[i] = make([]float64, n)
		for j := range H[i] {
			for k := range n {
				H[i][j] += Q[i][k] * eig[k] * Q[j][k]
			}
		}
	}
	return H
}

// stableCase is a matrix with a known spectrum and its answer.
type stableCase struct {
	name string
	H    [][]float64
	want float64
	eig  []float64
}

func stableCases() []stableCase {
	inf := math.Inf(1)
	return []stableCase{
		{"[[1 0] [0 10]]", [][]float64{{1, 0}, {0, 10}}, 0.2, []float64{1, 10}},
		{"[[2 1] [1 2]]", [][]float64{{2, 1}, {1, 2}}, 2.0 / 3, []float64{1, 3}},
		{"[[5 2] [2 2]]", [][]float64{{5, 2}, {2, 2}}, 1.0 / 3, []float64{6, 1}},
		{"[[4]]", [][]float64{{4}}, 0.5, []float64{4}},
		{"[[1 1] [1 1]]", [][]float64{{1, 1}, {1, 1}}, 1, []float64{0, 2}},
		{"a 4×4 H with eigenvalues 0.3, 1, 2.5, 7", withSpectrum([]float64{0.3, 1, 2.5, 7}, []float64{1, -2, 0.5, 1.5}), 2.0 / 7, []float64{0.3, 1, 2.5, 7}},
		{"a 6×6 H with eigenvalues 0, 0, 4, 1, 0.05, 9", withSpectrum([]float64{0, 0, 4, 1, 0.05, 9}, []float64{0.3, 1, -1, 2, 0.7, -0.4}), 2.0 / 9, []float64{0, 0, 4, 1, 0.05, 9}},
		{"the path graph's Laplacian [[1 -1 0] [-1 2 -1] [0 -1 1]]", [][]float64{{1, -1, 0}, {-1, 2, -1}, {0, -1, 1}}, 2.0 / 3, []float64{0, 1, 3}},
		{"[[3 4] [4 -3]]", [][]float64{{3, 4}, {4, -3}}, 0, []float64{5, -5}},
		{"[[0 0 0] [0 0 1] [0 1 0]], the saddle θ₂·θ₃", [][]float64{{0, 0, 0}, {0, 0, 1}, {0, 1, 0}}, 0, []float64{0, 1, -1}},
		{"[[-1 0] [0 -2]]", [][]float64{{-1, 0}, {0, -2}}, 0, []float64{-1, -2}},
		{"a 5×5 H with eigenvalues 3, 1, 0.5, -0.2, 2", withSpectrum([]float64{3, 1, 0.5, -0.2, 2}, []float64{1, 0.5, -0.8, 2, 0.6}), 0, []float64{3, 1, 0.5, -0.2, 2}},
		{"[[0 0] [0 0]]", [][]float64{{0, 0}, {0, 0}}, inf, []float64{0, 0}},
	}
}

// growth runs the real optimizer, core/optim's SGD, for steps steps on
// ½·θᵀHθ from a generic start and returns ‖θ_T‖/‖θ₀‖.
func growth(H [][]float64, lr float64, steps int) float64 {
	start := []float64{1, -0.6, 0.35, 0.8, -0.25, 0.5, -0.9, 0.15}[:len(H)]
	theta := append([]float64(nil), start...)
	sgd, err := optim.NewSGD(optim.SGDConfig{LR: lr})
	if err != nil {
		return math.NaN()
	}
	grad := make([]float64, len(H))
	for range steps {
		for i, row := range H {
			grad[i] = 0
			for j, v := range row {
				grad[i] += v * theta[j]
			}
		}
		sgd.Step(theta, grad)
		if n := norm(theta); n > 1e200 || math.IsNaN(n) {
			break
		}
	}
	return norm(theta) / norm(start)
}

func copyMatrix(H [][]float64) [][]float64 {
	out := make([][]float64, len(H))
	for i := range H {
		out[i] = append([]float64(nil), H[i]...)
	}
	return out
}

func TestMaxStableLR(t *testing.T) {
	for _, c := range stableCases() {
		H := copyMatrix(c.H)
		got := MaxStableLR(H)
		call := fmt.Sprintf("MaxStableLR(%s)", c.name)
		for i := range H {
			if !expect.Floats(t, call+" changed H", H[i], c.H[i], 0, "read H, never write to it.") {
				return
			}
		}
		lmax, lmin := c.eig[0], c.eig[0]
		var diag float64
		for i, v := range c.eig {
			lmax, lmin = math.Max(lmax, v), math.Min(lmin, v)
			diag = math.Max(diag, c.H[i][i])
		}
		next := "find the largest and smallest eigenvalues of H, or measure: the answer is where gradient descent starts to blow up."
		switch {
		case c.want == 0 && expect.Close(got, 2/lmax, 1e-4):
			next = fmt.Sprintf("2/λ_max is the bound only when every eigenvalue is ≥ 0; here λ_min = %g < 0, and along its eigenvector every step multiplies θ by 1 − η·λ_min = 1 + %g·η > 1: no η > 0 is stable.", lmin, -lmin)
		case c.want > 0 && !math.IsInf(c.want, 0) && diag < lmax && expect.Close(got, 2/diag, 1e-4):
			next = fmt.Sprintf("that is 2 over the largest diagonal entry (%.4g); the off-diagonal entries couple the coordinates, and the largest eigenvalue (%.4g) decides.", diag, lmax)
		case c.want > 0 && expect.Close(got, c.want/2, 1e-4):
			next = "that is 1/λ_max, the step that is best for the steepest direction, not the largest stable one: |1 − η·λ| ≤ 1 holds up to η = 2/λ_max."
		case math.IsInf(got, 1) && !math.IsInf(c.want, 1):
			next = fmt.Sprintf("+Inf says θ never moves, but λ_max = %g here. A power iteration started from a vector with no component along the top eigenvector never finds it, and a start such as (1, …, 1) can be such a vector.", lmax)
		case c.want == 0 && got > 0 && lmin < 0:
			next = fmt.Sprintf("λ_min = %g < 0, so no η > 0 is stable. Leading principal minors that are all ≥ 0 do not make H positive semidefinite (Sylvester's test decides definiteness only when they are > 0): look at the eigenvalues.", lmin)
		case math.IsInf(c.want, 1):
			next = "H = 0: the gradient is 0 everywhere, θ never moves, and every η is stable: return +Inf."
		case c.want > 0 && got > 0 && got < c.want:
			next = "too small: gradient descent is still stable a little above your η. A safe bound on λ_max (row sums of |H|, say) gives a safe η, not the largest one."
		case c.want > 0 && got > c.want && !math.IsInf(got, 0):
			next = "too large: gradient descent diverges a little below your η; the steepest direction of H is steeper than you found."
		}
		if !expect.Float(t, call, got, c.want, 1e-3, next) || c.want <= 0 || math.IsInf(c.want, 0) {
			continue
		}
		// The measurement: just below your η it stays bounded, just above
		// it blows up.
		if g := growth(c.H, 0.99*got, 2000); !(g <= 1+1e-9) {
			expect.Failf(t, "2000 steps of core/optim's SGD on ½θᵀHθ, H = %s, lr = 0.99 × %g\n  expected ‖θ‖ to stay bounded\n  got      ‖θ‖ grew by a factor %.3g\n  next: your η is too large.", c.name, got, g)
		}
		if g := growth(c.H, 1.01*got, 2000); !(g > 1e6) {
			expect.Failf(t, "2000 steps of core/optim's SGD on ½θᵀHθ, H = %s, lr = 1.01 × %g\n  expected ‖θ‖ to blow up\n  got      ‖θ‖ changed by a factor %.3g\n  next: your η is too small: the supremum is where |1 − η·λ_max| reaches 1.", c.name, got, g)
		}
	}
}

// TestNoStableLRWithANegativeEigenvalue shows what the answer 0 means: on
// an indefinite H even a tiny η diverges.
func TestNoStableLRWithANegativeEigenvalue(t *testing.T) {
	H := [][]float64{{3, 4}, {4, -3}}
	got := MaxStableLR(copyMatrix(H))
	if got == 0 {
		return
	}
	lr := 0.01
	if got > 0 && !math.IsInf(got, 0) && !math.IsNaN(got) {
		lr = 0.01 * got
	}
	g := growth(H, lr, 2000)
	expect.Failf(t, "MaxStableLR([[3 4] [4 -3]]) = %g\n  expected 0: no η > 0 is stable\n  got      %g; and 2000 steps of core/optim's SGD at η = %.3g (1%% of it) grow ‖θ‖ by a factor %.3g\n  next: the eigenvalues are 5 and −5; along the second every step multiplies θ by 1 + 5η > 1, however small η is.", got, got, lr, g)
}
