package ch02

import (
	"fmt"
	"testing"

	"descent/exercises/internal/expect"
)

func TestL1Penalty(t *testing.T) {
	cases := []struct {
		w      []float64
		lambda float64
		want   float64
	}{
		{[]float64{3, -4}, 0.1, 0.7},
		{[]float64{-2}, 1, 2},
		{[]float64{0, 0}, 1, 0},
		{nil, 1, 0},
	}
	for _, c := range cases {
		got := L1Penalty(expect.Copy(c.w), c.lambda)
		expect.Float(t, fmt.Sprintf("L1Penalty(%s, λ=%g)", expect.Format(c.w), c.lambda), got, c.want, 1e-12,
			"add up the absolute values |w[i]| (math.Abs) and multiply by λ; there is no ½ here.")
	}
}

func TestL1Subgrad(t *testing.T) {
	cases := []struct {
		w      []float64
		lambda float64
		want   []float64
	}{
		{[]float64{3, -4}, 0.1, []float64{0.1, -0.1}},
		{[]float64{0, 2, -1e-9}, 1, []float64{0, 1, -1}},
		{[]float64{}, 1, []float64{}},
	}
	for _, c := range cases {
		w := expect.Copy(c.w)
		got := L1Subgrad(w, c.lambda)
		expect.Floats(t, fmt.Sprintf("L1Subgrad(%s, λ=%g)", expect.Format(c.w), c.lambda), got, c.want, 1e-12,
			"the slope of λ|w| is +λ for w > 0 and −λ for w < 0 however small w is; at exactly 0 use 0.")
		expect.Floats(t, "w after L1Subgrad", w, c.w, 0, "return a new slice; leave w alone.")
	}
}
