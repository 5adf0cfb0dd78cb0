package ch02

import (
	"fmt"
	"testing"

	"descent/exercises/internal/expect"
)

func TestL2Penalty(t *testing.T) {
	cases := []struct {
		w      []float64
		lambda float64
		want   float64
	}{
		{[]float64{3, 4}, 0.1, 1.25},
		{[]float64{-2}, 1, 2},
		{[]float64{1, 2}, 0, 0},
		{nil, 0.5, 0},
	}
	for _, c := range cases {
		got := L2Penalty(expect.Copy(c.w), c.lambda)
		expect.Float(t, fmt.Sprintf("L2Penalty(%s, λ=%g)", expect.Format(c.w), c.lambda), got, c.want, 1e-12,
			"square each weight (negative ones count too), add them up and multiply by λ/2.")
	}
}

func TestAddL2Grad(t *testing.T) {
	cases := []struct {
		grad, w []float64
		lambda  float64
		want    []float64
	}{
		{[]float64{0, 0}, []float64{3, -4}, 0.1, []float64{0.3, -0.4}},
		{[]float64{1, -1}, []float64{2, 2}, 0.5, []float64{2, 0}},
		{[]float64{5}, []float64{100}, 0, []float64{5}},
	}
	for _, c := range cases {
		grad, w := expect.Copy(c.grad), expect.Copy(c.w)
		AddL2Grad(grad, w, c.lambda)
		call := fmt.Sprintf("grad after AddL2Grad(grad=%s, w=%s, λ=%g)", expect.Format(c.grad), expect.Format(c.w), c.lambda)
		expect.Floats(t, call, grad, c.want, 1e-12,
			"add λ·w[i] to grad[i] in place; the ½ in the penalty cancels the 2 of the derivative.")
		expect.Floats(t, "w after AddL2Grad", w, c.w, 0, "only grad changes; leave w alone.")
	}
}
