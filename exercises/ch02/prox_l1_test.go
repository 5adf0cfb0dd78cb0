package ch02

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"descent/exercises/internal/expect"
)

// refProx is the tests' own proximal gradient step, on a copy of w.
func refProx(w, grad []float64, lr, alpha float64) []float64 {
	out := make([]float64, len(w))
	for j := range w {
		v := w[j] - lr*grad[j]
		switch {
		case v > lr*alpha:
			out[j] = v - lr*alpha
		case v < -lr*alpha:
			out[j] = v + lr*alpha
		}
	}
	return out
}

// proxHint names the mistake a one-step result looks like, if any.
func proxHint(got, w, grad []float64, lr, alpha float64) string {
	n := len(w)
	clamped := refProx(w, grad, lr, alpha)
	for j := range clamped {
		clamped[j] = math.Max(clamped[j], 0)
	}
	subgrad, wideThreshold, hard, thresholdFirst := make([]float64, n), refProx(w, grad, lr, alpha/lr), make([]float64, n), make([]float64, n)
	for j := range w {
		sign := 0.0
		if w[j] > 0 {
			sign = 1
		} else if w[j] < 0 {
			sign = -1
		}
		subgrad[j] = w[j] - lr*(grad[j]+alpha*sign)
		if v := w[j] - lr*grad[j]; math.Abs(v) > lr*alpha {
			hard[j] = v
		}
		thresholdFirst[j] = refProx(w[j:j+1], []float64{0}, lr, alpha)[0] - lr*grad[j]
	}
	switch {
	case allClose(got, subgrad, 1e-12):
		return "that is a subgradient step, w − η·(∇f + α·sign(w)); the proximal step solves argmin ½(u − v)² + ηα|u| exactly, and its answer can be 0."
	case allClose(got, wideThreshold, 1e-12):
		return "the threshold is η·α, not α: the proximal problem is ½‖u − v‖² + η·α·‖u‖₁."
	case allClose(got, hard, 1e-12):
		return "that zeroes the small coordinates but leaves the others at v: the minimizer also shrinks every surviving coordinate towards 0 by ηα."
	case allClose(got, clamped, 1e-12) && !allClose(got, refProx(w, grad, lr, alpha), 1e-12):
		return "the negative coordinates ended at 0: the penalty is symmetric, so a negative vⱼ moves up towards 0 by ηα just as a positive one moves down."
	case allClose(got, thresholdFirst, 1e-12):
		return "that thresholds w and then takes the gradient step; the gradient step comes first, and the threshold applies to its result v."
	}
	return "v = w − η·∇f(w); then each coordinate is 0 if |vⱼ| ≤ ηα, and otherwise vⱼ moved towards 0 by ηα."
}

func TestProxL1Step(t *testing.T) {
	cases := []struct {
		w, grad   []float64
		lr, alpha float64
	}{
		{[]float64{0.9, -0.35, 0.05, -2, 0.3, 0}, []float64{0.5, -0.2, 0.3, 1, -0.4, 0.1}, 0.5, 0.4},
		{[]float64{1.5, -0.02, 0.7}, []float64{-1, 0.3, 0.8}, 0.25, 1.2},
		{[]float64{0.4, -0.4}, []float64{0.2, 0.2}, 0.1, 0}, // α = 0: plain gradient descent
		{[]float64{}, []float64{}, 0.1, 1},
	}
	for _, c := range cases {
		w, grad := expect.Copy(c.w), expect.Copy(c.grad)
		ProxL1Step(w, grad, c.lr, c.alpha)
		want := refProx(c.w, c.grad, c.lr, c.alpha)
		call := fmt.Sprintf("w after ProxL1Step(w=%s, grad=%s, lr=%g, alpha=%g)", expect.Format(c.w), expect.Format(c.grad), c.lr, c.alpha)
		expect.Floats(t, call, w, want, 1e-12, proxHint(w, c.w, c.grad, c.lr, c.alpha))
		expect.Floats(t, "grad after ProxL1Step", grad, c.grad, 0, "read grad, never write to it.")
	}
}

// lasso is f(w) = (1/2n)·‖Xw − y‖² on 60 samples of 8 features, of which
// only the first two matter: y = 3x₀ − 2x₁ + noise.
type lasso struct {
	X [][]float64
	y []float64
}

func newLasso() lasso {
	rng := rand.New(rand.NewPCG(2, 7))
	var p lasso
	for range 60 {
		x := make([]float64, 8)
		for j := range x {
			x[j] = rng.NormFloat64()
		}
		p.X = append(p.X, x)
		p.y = append(p.y, 3*x[0]-2*x[1]+0.3*rng.NormFloat64())
	}
	return p
}

func (p lasso) grad(w []float64) []float64 {
	g := make([]float64, len(w))
	n := float64(len(p.y))
	for i, x := range p.X {
		r := -p.y[i]
		for j, v := range x {
			r += v * w[j]
		}
		for j, v := range x {
			g[j] += r * v / n
		}
	}
	return g
}

func TestProxL1SolvesTheLasso(t *testing.T) {
	p := newLasso()
	const lr, alpha, steps = 0.2, 0.15, 1500
	w, ref := make([]float64, 8), make([]float64, 8)
	for range steps {
		ProxL1Step(w, p.grad(w), lr, alpha)
		ref = refProx(ref, p.grad(ref), lr, alpha)
	}
	call := fmt.Sprintf("%d proximal gradient steps on the lasso (1/2n)·‖Xw − y‖² + %g·‖w‖₁, lr=%g, from 0", steps, alpha, lr)
	zeros := 0
	for _, v := range w {
		if v == 0 {
			zeros++
		}
	}
	if zeros == 0 {
		expect.Failf(t, "%s\n  expected the six useless weights to be exactly 0\n  got      %s\n  next: a subgradient step makes small weights jitter around 0; the proximal step sets them to 0 when |vⱼ| ≤ ηα.", call, expect.Format(w))
		return
	}
	expect.Floats(t, call, w, ref, 1e-9, "each step is v = w − η·∇f(w), then soft thresholding by ηα.")
	// The lasso's optimality conditions: |∂f/∂wⱼ| ≤ α where wⱼ = 0, and
	// ∂f/∂wⱼ = −α·sign(wⱼ) where it is not.
	g := p.grad(w)
	for j, v := range w {
		ok := math.Abs(g[j]) <= alpha*(1+1e-9)
		if v != 0 {
			ok = math.Abs(g[j]+alpha*math.Copysign(1, v)) <= 1e-6
		}
		if !ok {
			expect.Failf(t, "%s\n  expected the lasso's optimality condition in coordinate %d (wⱼ = %.6g)\n  got      ∂f/∂wⱼ = %.6g with α = %g\n  next: at a minimum, a zero weight has |∂f/∂wⱼ| ≤ α and any other has ∂f/∂wⱼ = −α·sign(wⱼ).", call, j, v, g[j], alpha)
			return
		}
	}
}
