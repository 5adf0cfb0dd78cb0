package ch04

import (
	"fmt"
	"testing"

	"descent/exercises/internal/expect"
)

func TestDenseReLU(t *testing.T) {
	cases := []struct {
		W       [][]float64
		b, x    []float64
		want    []float64
		comment string
	}{
		{[][]float64{{1, 2}, {3, 4}}, []float64{0.5, -1}, []float64{1, 1}, []float64{3.5, 6}, "both outputs positive"},
		{[][]float64{{1, -1}, {-1, 1}}, []float64{0, 0}, []float64{2, 1}, []float64{1, 0}, "ReLU cuts the negative output to 0"},
		{[][]float64{{0, 0, 0}}, []float64{-3}, []float64{7, 8, 9}, []float64{0}, "bias alone, negative"},
		{[][]float64{{2}}, []float64{1}, []float64{3}, []float64{7}, "one input, one output"},
		{[][]float64{{1, 1}, {1, 1}, {1, 1}}, []float64{0, 1, 2}, []float64{0.5, 0.5}, []float64{1, 2, 3}, "three outputs"},
	}
	for _, c := range cases {
		got := DenseReLU(c.W, expect.Copy(c.b), expect.Copy(c.x))
		call := fmt.Sprintf("DenseReLU(W=%v, b=%s, x=%s) (%s)", c.W, expect.Format(c.b), expect.Format(c.x), c.comment)
		expect.Floats(t, call, got, c.want, 1e-12,
			"out[i] = max(0, Σⱼ W[i][j]·x[j] + b[i]): one output per row of W, and the bias is added before the ReLU.")
	}
}

func TestDenseReLUKeepsInputs(t *testing.T) {
	W := [][]float64{{1, -2}, {-3, 4}}
	b := []float64{-10, 0}
	x := []float64{1, 2}
	got := DenseReLU(W, b, x)
	expect.Floats(t, "DenseReLU(W=[[1 -2] [-3 4]], b=[-10 0], x=[1 2])", got, []float64{0, 5}, 1e-12,
		"z = [1−4−10, −3+8+0] = [−13, 5]; after ReLU [0, 5].")
	expect.Floats(t, "x after DenseReLU", x, []float64{1, 2}, 0, "write the outputs into a new slice, not into x.")
	expect.Floats(t, "b after DenseReLU", b, []float64{-10, 0}, 0, "write the outputs into a new slice, not into b.")
}
