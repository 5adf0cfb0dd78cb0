package ch01

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestBCE(t *testing.T) {
	cases := []struct {
		p, y []float64
		want float64
	}{
		{[]float64{0.9, 0.2}, []float64{1, 0}, -(math.Log(0.9) + math.Log(0.8)) / 2},
		{[]float64{0.5}, []float64{1}, math.Ln2},
		{[]float64{0.5, 0.5}, []float64{0.5, 0.5}, math.Ln2}, // soft labels
		{[]float64{0.1}, []float64{1}, -math.Log(0.1)},
		{nil, nil, 0},
	}
	for _, c := range cases {
		got := BCE(expect.Copy(c.p), expect.Copy(c.y))
		call := fmt.Sprintf("BCE(p=%s, y=%s)", expect.Format(c.p), expect.Format(c.y))
		expect.Float(t, call, got, c.want, 1e-9,
			"the loss is −(1/n)·Σ[y·log p + (1−y)·log(1−p)]: both terms inside the brackets, the minus sign and 1/n outside.")
	}
}

func TestBCEFiniteAtZeroAndOne(t *testing.T) {
	big := -math.Log(eps) // what a confident, wrong prediction costs after clamping
	cases := []struct {
		p, y []float64
		want float64
	}{
		{[]float64{0}, []float64{1}, big},
		{[]float64{1}, []float64{0}, big},
		{[]float64{1, 0}, []float64{1, 0}, -math.Log(1 - eps)},
		{[]float64{0, 1}, []float64{1, 1}, big / 2},
	}
	for _, c := range cases {
		got := BCE(expect.Copy(c.p), expect.Copy(c.y))
		call := fmt.Sprintf("BCE(p=%s, y=%s)", expect.Format(c.p), expect.Format(c.y))
		if !expect.Finite(t, call, got, "clamp p into [eps, 1−eps] before taking either log: math.Min(math.Max(p, eps), 1-eps).") {
			continue
		}
		expect.Float(t, call, got, c.want, 1e-6,
			"clamp with the eps constant in the file (1e-7), then use the same formula as for ordinary p.")
	}
}
