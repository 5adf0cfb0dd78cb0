package trends

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// A logistic problem is weighted logistic regression on rows (x₁, x₂):
// z = θ₁x₁ + θ₂x₂ + θ₃ and J(θ) = (1/n)·Σᵢ wᵢ·ℓ(yᵢ, zᵢ), ℓ the binary
// cross-entropy of σ(z). Dividing by n, not by Σwᵢ, is Keras's reduction
// for sample weights; it scales J and changes no minimizer.
type logistic struct {
	x [][]float64
	y []float64
	w []float64 // one weight per row
}

func (p logistic) z(theta []float64, i int) float64 {
	return theta[0]*p.x[i][0] + theta[1]*p.x[i][1] + theta[2]
}

// loss is J(θ).
func (p logistic) loss(theta []float64) float64 {
	s := 0.0
	for i := range p.x {
		z := p.z(theta, i)
		s += p.w[i] * (math.Max(z, 0) - z*p.y[i] + math.Log1p(math.Exp(-math.Abs(z))))
	}
	return s / float64(len(p.x))
}

// gradient writes ∇J(θ) = (1/n)·Σᵢ wᵢ·(σ(zᵢ) − yᵢ)·(xᵢ₁, xᵢ₂, 1) into g.
func (p logistic) gradient(theta, g []float64) {
	clear(g)
	for i, row := range p.x {
		r := p.w[i] * (sigmoid(p.z(theta, i)) - p.y[i]) / float64(len(p.x))
		g[0] += r * row[0]
		g[1] += r * row[1]
		g[2] += r
	}
}

// hessian is ∇²J(θ) = (1/n)·Σᵢ wᵢ·σ′(zᵢ)·x̃ᵢx̃ᵢᵀ with x̃ = (x₁, x₂, 1); with
// σ′ replaced by its largest value, ¼, it is a bound L on the curvature
// everywhere (bound = true).
func (p logistic) hessian(theta []float64, bound bool) *mat.SymDense {
	H := mat.NewSymDense(3, nil)
	for i, row := range p.x {
		s := 0.25
		if !bound {
			q := sigmoid(p.z(theta, i))
			s = q * (1 - q)
		}
		c := p.w[i] * s / float64(len(p.x))
		v := [3]float64{row[0], row[1], 1}
		for a := range 3 {
			for b := a; b < 3; b++ {
				H.SetSym(a, b, H.At(a, b)+c*v[a]*v[b])
			}
		}
	}
	return H
}

// minimize finds θ* by Newton's method, θ ← θ − H⁻¹∇J, which on this
// smooth, strictly convex, three-parameter problem converges to rounding
// in a handful of steps (chapter 3 takes Newton's method apart).
func (p logistic) minimize() ([]float64, error) {
	theta, g := make([]float64, 3), make([]float64, 3)
	for range 100 {
		p.gradient(theta, g)
		var step mat.VecDense
		if err := step.SolveVec(p.hessian(theta, false), mat.NewVecDense(3, g)); err != nil || floatsNorm(theta) > 1e6 {
			// The curvature vanished: θ is running off to infinity, which
			// happens when a line separates the two classes perfectly.
			return nil, errSeparable
		}
		for i := range theta {
			theta[i] -= step.AtVec(i)
		}
		if mat.Norm(&step, 2) < 1e-13*(1+floatsNorm(theta)) {
			return theta, nil
		}
	}
	return nil, fmt.Errorf("Newton's method did not converge in 100 steps")
}

// errSeparable says that J has no minimizer: some line separates the
// classes, and J keeps falling as θ grows along it.
var errSeparable = errors.New("a line separates the two classes, so the loss has no minimizer")

func floatsNorm(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// eigen returns the smallest and largest eigenvalue of a symmetric H.
func eigen(H *mat.SymDense) (lo, hi float64) {
	var e mat.EigenSym
	if !e.Factorize(H, false) {
		return math.NaN(), math.NaN()
	}
	v := e.Values(nil)
	return v[0], v[len(v)-1]
}
