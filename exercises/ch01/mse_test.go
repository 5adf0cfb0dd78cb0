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
		pred, target := expect.Copy(c.pred), expect.Copy(c.target)
		got := MSE(pred, target)
		call := fmt.Sprintf("MSE(%s, %s)", expect.Format(c.pred), expect.Format(c.target))
		next := "square each difference, add them up, and divide by n = len(pred) (an empty batch gives 0)."
		if n := float64(len(c.pred)); n > 1 && expect.Close(got, c.want*n, 1e-12) {
			next = "that is the sum of the squared errors; the mean divides it by n."
		}
		expect.Float(t, call, got, c.want, 1e-12, next)
		expect.Floats(t, call+" changed pred", pred, c.pred, 0, "compute the differences in a local variable; the caller's predictions are not yours to change.")
		expect.Floats(t, call+" changed target", target, c.target, 0, "compute the differences in a local variable; leave target alone.")
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
		n := float64(len(c.pred))
		scaled := func(k float64) []float64 {
			s := make([]float64, len(c.want))
			for i, v := range c.want {
				s[i] = k * v
			}
			return s
		}
		next := "differentiate (1/n)·Σ(pᵢ − yᵢ)² with respect to one pᵢ: only one term of the sum depends on it."
		switch {
		case n > 1 && allClose(got, scaled(n), 1e-12):
			next = "that is the gradient of the sum; the mean's 1/n stays in its derivative."
		case allClose(got, scaled(0.5), 1e-12):
			next = "you are off by a factor of 2: the derivative of a square u² is 2u."
		case allClose(got, scaled(-1), 1e-12):
			next = "the sign is flipped: the gradient points towards larger loss, so it is positive where pᵢ > yᵢ."
		}
		expect.Floats(t, call, got, c.want, 1e-12, next)
		expect.Floats(t, call+" changed pred", pred, c.pred, 0, "write into a new slice, not into pred.")
		expect.Floats(t, call+" changed target", target, c.target, 0, "write into a new slice, not into target: the caller still needs its targets.")
	}
}
