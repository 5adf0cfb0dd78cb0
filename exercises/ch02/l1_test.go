package ch02

import (
	"fmt"
	"testing"

	"descent/exercises/internal/expect"
)

func TestL1Penalty(t *testing.T) {
	cases := []struct {
		w     []float64
		alpha float64
		want  float64
	}{
		{[]float64{3, -4}, 0.1, 0.7},
		{[]float64{-2}, 1, 2},
		{[]float64{0, 0}, 1, 0},
		{[]float64{0.5, -1.5, 2}, 0.3, 1.2},
		{nil, 1, 0},
	}
	for _, c := range cases {
		w := expect.Copy(c.w)
		got := L1Penalty(w, c.alpha)
		next := "add up the absolute values |w[i]| and multiply by α; there is no ½ here."
		if c.want != 0 && expect.Close(got, c.want/2, 1e-12) {
			next = "that has a ½ in it; the L1 penalty is α·Σ|wᵢ|."
		}
		expect.Float(t, fmt.Sprintf("L1Penalty(%s, α=%g)", expect.Format(c.w), c.alpha), got, c.want, 1e-12, next)
		expect.Floats(t, fmt.Sprintf("w after L1Penalty(%s, α=%g)", expect.Format(c.w), c.alpha), w, c.w, 0, "take |wᵢ| into a local variable; measuring the weights must not change them.")
	}
}

func TestL1Subgrad(t *testing.T) {
	cases := []struct {
		w     []float64
		alpha float64
		want  []float64
	}{
		{[]float64{3, -4}, 0.1, []float64{0.1, -0.1}},
		{[]float64{0, 2, -1e-9}, 1, []float64{0, 1, -1}},
		{[]float64{-0.5, 0, 7}, 0.25, []float64{-0.25, 0, 0.25}},
		{[]float64{}, 1, []float64{}},
	}
	for _, c := range cases {
		w := expect.Copy(c.w)
		got := L1Subgrad(w, c.alpha)
		next := "the slope of α|w| is +α for w > 0 and −α for w < 0 however small w is; at exactly 0 use 0."
		for i, v := range c.w {
			if v == 0 && i < len(got) && got[i] != 0 {
				next = fmt.Sprintf("at w = 0 the entry must be 0 (got %g): a weight already at zero should stay there.", got[i])
			}
		}
		expect.Floats(t, fmt.Sprintf("L1Subgrad(%s, α=%g)", expect.Format(c.w), c.alpha), got, c.want, 1e-12, next)
		expect.Floats(t, "w after L1Subgrad", w, c.w, 0, "return a new slice; leave w alone.")
	}
}
