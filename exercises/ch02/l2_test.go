package ch02

import (
	"fmt"
	"testing"

	"descent/exercises/internal/expect"
)

func TestL2Penalty(t *testing.T) {
	cases := []struct {
		w     []float64
		alpha float64
		want  float64
	}{
		{[]float64{3, 4}, 0.1, 1.25},
		{[]float64{-2}, 1, 2},
		{[]float64{1, 2}, 0, 0},
		{[]float64{0.5, -1.5, 2}, 0.3, 0.975},
		{nil, 0.5, 0},
	}
	for _, c := range cases {
		w := expect.Copy(c.w)
		got := L2Penalty(w, c.alpha)
		next := "square each weight (negative ones count too), add them up and multiply by α/2."
		if c.want != 0 && expect.Close(got, 2*c.want, 1e-12) {
			next = "that is α·Σw², Keras's scale; this exercise has the ½: (α/2)·Σw²."
		}
		expect.Float(t, fmt.Sprintf("L2Penalty(%s, α=%g)", expect.Format(c.w), c.alpha), got, c.want, 1e-12, next)
		expect.Floats(t, fmt.Sprintf("w after L2Penalty(%s, α=%g)", expect.Format(c.w), c.alpha), w, c.w, 0, "square into a local variable; measuring the weights must not change them.")
	}
}

func TestAddL2Grad(t *testing.T) {
	cases := []struct {
		grad, w []float64
		alpha   float64
		want    []float64
	}{
		{[]float64{0, 0}, []float64{3, -4}, 0.1, []float64{0.3, -0.4}},
		{[]float64{1, -1}, []float64{2, 2}, 0.5, []float64{2, 0}},
		{[]float64{5}, []float64{100}, 0, []float64{5}},
		{[]float64{0.25, 2, -3}, []float64{-1, 0, 4}, 0.2, []float64{0.05, 2, -2.2}},
	}
	for _, c := range cases {
		grad, w := expect.Copy(c.grad), expect.Copy(c.w)
		AddL2Grad(grad, w, c.alpha)
		call := fmt.Sprintf("grad after AddL2Grad(grad=%s, w=%s, α=%g)", expect.Format(c.grad), expect.Format(c.w), c.alpha)
		next := "the derivative of (α/2)·wᵢ² is α·wᵢ; add it to what grad[i] already holds."
		twice, overwritten := make([]float64, len(c.w)), make([]float64, len(c.w))
		for i := range c.w {
			twice[i] = c.grad[i] + 2*c.alpha*c.w[i]
			overwritten[i] = c.alpha * c.w[i]
		}
		switch {
		case allClose(grad, twice, 1e-12) && !allClose(twice, c.want, 1e-12):
			next = "that adds 2α·w, the gradient of α·Σw²; with the ½ the 2 cancels."
		case allClose(grad, overwritten, 1e-12) && !allClose(overwritten, c.want, 1e-12):
			next = "grad already holds the loss's gradient: add the penalty's gradient to it, do not overwrite it."
		}
		expect.Floats(t, call, grad, c.want, 1e-12, next)
		expect.Floats(t, "w after AddL2Grad", w, c.w, 0, "only grad changes; leave w alone.")
	}
}
