package ch01

import (
	"fmt"
	"testing"

	"descent/exercises/internal/expect"
)

func TestMSE(t *testing.T) {
	cases := []struct {
		pred, target []float64
		want         float64
	}{
		{[]float64{1, 2, 3}, []float64{1, 2, 5}, 4.0 / 3},
		{[]float64{0}, []float64{3}, 9},
		{[]float64{-1, 1}, []float64{1, -1}, 4},
		{[]float64{2.5, 2.5}, []float64{2.5, 2.5}, 0},
		{nil, nil, 0},
	}
	for _, c := range cases {
		got := MSE(expect.Copy(c.pred), expect.Copy(c.target))
		call := fmt.Sprintf("MSE(%s, %s)", expect.Format(c.pred), expect.Format(c.target))
		expect.Float(t, call, got, c.want, 1e-12,
			"square each difference pred[i] − target[i], add them up, and divide by n = len(pred) (an empty batch gives 0).")
	}
}

func TestMSEGrad(t *testing.T) {
	cases := []struct {
		pred, target, want []float64
	}{
		{[]float64{1, 2, 3}, []float64{1, 2, 5}, []float64{0, 0, -4.0 / 3}},
		{[]float64{4}, []float64{1}, []float64{6}},
		{[]float64{1, -1, 0, 2}, []float64{0, 0, 0, 0}, []float64{0.5, -0.5, 0, 1}},
		{[]float64{}, []float64{}, []float64{}},
	}
	for _, c := range cases {
		pred, target := expect.Copy(c.pred), expect.Copy(c.target)
		got := MSEGrad(pred, target)
		call := fmt.Sprintf("MSEGrad(%s, %s)", expect.Format(c.pred), expect.Format(c.target))
		expect.Floats(t, call, got, c.want, 1e-12,
			"each entry is 2·(pred[i] − target[i]) / n; keep the 1/n, it is what makes this the gradient of the mean.")
		expect.Floats(t, call+" changed pred", pred, c.pred, 0, "write into a new slice, not into pred.")
	}
}
