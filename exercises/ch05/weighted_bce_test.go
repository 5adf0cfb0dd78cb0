package ch05

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestWeightedBCE(t *testing.T) {
	cases := []struct {
		p, y []float64
		w    float64
		want float64
	}{
		{[]float64{0.9, 0.2}, []float64{1, 0}, 1, -(math.Log(0.9) + math.Log(0.8)) / 2},
		{[]float64{0.9, 0.2}, []float64{1, 0}, 10, -(10*math.Log(0.9) + math.Log(0.8)) / 2},
		{[]float64{0.5}, []float64{1}, 4, 4 * math.Ln2},
		{[]float64{0.3}, []float64{0}, 100, -math.Log(0.7)}, // the weight only touches positives
		{nil, nil, 3, 0},
	}
	for _, c := range cases {
		got := WeightedBCE(expect.Copy(c.p), expect.Copy(c.y), c.w)
		expect.Float(t, fmt.Sprintf("WeightedBCE(p=%s, y=%s, posWeight=%g)", expect.Format(c.p), expect.Format(c.y), c.w), got, c.want, 1e-9,
			"multiply only the y·log p term by posWeight; the (1−y)·log(1−p) term is unchanged. Average over n.")
	}
}

func TestWeightedBCEFiniteAtZeroAndOne(t *testing.T) {
	big := -math.Log(eps)
	got := WeightedBCE([]float64{0, 1}, []float64{1, 0}, 2)
	call := "WeightedBCE(p=[0 1], y=[1 0], posWeight=2)"
	if expect.Finite(t, call, got, "clamp p into [eps, 1−eps] before either log.") {
		expect.Float(t, call, got, (2*big+big)/2, 1e-6, "clamp with the eps constant in the file (1e-7).")
	}
}
