package ch02

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestGDStep(t *testing.T) {
	cases := []struct {
		theta, grad []float64
		lr          float64
		want        []float64
	}{
		{[]float64{1, 2}, []float64{0.5, -1}, 0.1, []float64{0.95, 2.1}},
		{[]float64{3}, []float64{6}, 0.5, []float64{0}},
		{[]float64{1, 1}, []float64{1, 1}, 0, []float64{1, 1}}, // η = 0 never moves
		{[]float64{-2, 0, 2}, []float64{-4, 0, 4}, 0.25, []float64{-1, 0, 1}},
	}
	for _, c := range cases {
		theta, grad := expect.Copy(c.theta), expect.Copy(c.grad)
		GDStep(theta, grad, c.lr)
		call := fmt.Sprintf("theta after GDStep(theta=%s, grad=%s, lr=%g)", expect.Format(c.theta), expect.Format(c.grad), c.lr)
		next := "subtract lr·grad[i] from theta[i], writing into theta itself (a new slice is lost when the function returns)."
		up := make([]float64, len(c.theta))
		for i := range up {
			up[i] = c.theta[i] + c.lr*c.grad[i]
		}
		if c.lr != 0 && expect.Close(theta[0], up[0], 1e-12) {
			next = "that step went uphill: θ + η·g is gradient ascent; the gradient points towards larger J, so step against it."
		}
		expect.Floats(t, call, theta, c.want, 1e-12, next)
		expect.Floats(t, "grad after GDStep", grad, c.grad, 0, "read grad, never write to it.")
	}
}

func TestDescendOnAQuadratic(t *testing.T) {
	// J(θ) = θ₀² + 10·θ₁², ∇J = (2θ₀, 20θ₁). Each step multiplies θ₀ by
	// (1 − 2η) and θ₁ by (1 − 20η).
	grad := func(th []float64) []float64 { return []float64{2 * th[0], 20 * th[1]} }
	start := []float64{1, 1}
	lr := 0.04
	for _, steps := range []int{1, 5, 50} {
		theta := expect.Copy(start)
		got := Descend(grad, theta, lr, steps)
		if !expect.Floats(t, fmt.Sprintf("theta after Descend(…, steps=%d)", steps), theta, start, 0, "Descend works on a copy; leave the caller's theta alone.") {
			return
		}
		want := []float64{math.Pow(1-2*lr, float64(steps)), math.Pow(1-20*lr, float64(steps))}
		next := "take exactly `steps` steps, each against the gradient at the point reached so far."
		if len(got) == 2 {
			switch {
			case expect.Close(got[0], 1-2*lr*float64(steps), 1e-9):
				next = "every step used the gradient at the start; ask grad for the gradient at the current point before each step."
			case expect.Close(got[0], math.Pow(1-2*lr, float64(steps+1)), 1e-9):
				next = "that is one step too many: a loop over `steps` takes exactly that many."
			case steps > 1 && expect.Close(got[0], math.Pow(1-2*lr, float64(steps-1)), 1e-9):
				next = "that is one step too few."
			}
		}
		expect.Floats(t, fmt.Sprintf("Descend(∇(θ₀²+10θ₁²), [1 1], lr=%g, steps=%d)", lr, steps), got, want, 1e-9, next)
	}
	zero := Descend(grad, start, lr, 0)
	if expect.Floats(t, "Descend(…, steps=0)", zero, []float64{1, 1}, 0, "zero steps return a copy of the start.") {
		zero[0] = 99
		expect.Floats(t, "the caller's theta after writing into what Descend(…, steps=0) returned", start, []float64{1, 1}, 0,
			"zero steps must still return a new slice: handing back theta itself lets the caller's later writes reach the start, and Descend's contract says theta is never shared.")
	}
}
