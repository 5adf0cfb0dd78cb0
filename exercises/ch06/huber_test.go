package ch06

import (
	"fmt"
	"testing"

	"descent/exercises/internal/expect"
)

func TestHuber(t *testing.T) {
	cases := []struct {
		pred, target []float64
		delta, want  float64
	}{
		{[]float64{1.5}, []float64{1}, 1, 0.125}, // inside: ½·0.5²
		{[]float64{4}, []float64{1}, 1, 2.5},     // outside: 1·(3 − 0.5)
		{[]float64{-4}, []float64{1}, 2, 8},      // outside, negative: 2·(5 − 1)
		{[]float64{0, 3}, []float64{1, 0}, 1, (0.5 + 2.5) / 2},
		{[]float64{2}, []float64{0}, 2, 2}, // at |r| = δ both pieces give 2
		{nil, nil, 1, 0},
	}
	for _, c := range cases {
		got := Huber(expect.Copy(c.pred), expect.Copy(c.target), c.delta)
		expect.Float(t, fmt.Sprintf("Huber(%s, %s, δ=%g)", expect.Format(c.pred), expect.Format(c.target), c.delta), got, c.want, 1e-12,
			"with r = pred − target: ½r² when |r| ≤ δ, δ·(|r| − ½δ) otherwise; then divide the sum by n.")
	}
}

func TestHuberGrad(t *testing.T) {
	cases := []struct {
		pred, target []float64
		delta        float64
		want         []float64
	}{
		{[]float64{1.5, 4, -4}, []float64{1, 1, 1}, 1, []float64{0.5 / 3, 1.0 / 3, -1.0 / 3}},
		{[]float64{100}, []float64{0}, 0.5, []float64{0.5}}, // an outlier pulls with δ, not 100
		{[]float64{0.2, -0.2}, []float64{0, 0}, 1, []float64{0.1, -0.1}},
		{[]float64{}, []float64{}, 1, []float64{}},
	}
	for _, c := range cases {
		got := HuberGrad(expect.Copy(c.pred), expect.Copy(c.target), c.delta)
		expect.Floats(t, fmt.Sprintf("HuberGrad(%s, %s, δ=%g)", expect.Format(c.pred), expect.Format(c.target), c.delta), got, c.want, 1e-12,
			"the slope is r inside δ and δ·sign(r) outside (math.Copysign(delta, r)), divided by n.")
	}
}
