package ch04

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestSigmoid(t *testing.T) {
	cases := []struct{ z, want float64 }{
		{0, 0.5},
		{2, 1 / (1 + math.Exp(-2))},
		{-2, 1 / (1 + math.Exp(2))},
		{1000, 1},
		{-1000, 0},
		{-40, math.Exp(-40) / (1 + math.Exp(-40))},
	}
	for _, c := range cases {
		got := Sigmoid(c.z)
		call := fmt.Sprintf("Sigmoid(%g)", c.z)
		if !expect.Finite(t, call, got, "e^z/(1+e^z) is Inf/Inf = NaN for large z: use 1/(1+e^(−z)) when z ≥ 0 and e^z/(1+e^z) only when z < 0.") {
			continue
		}
		expect.Float(t, call, got, c.want, 1e-12, "σ(z) = 1/(1+e^(−z)); for z < 0 the same value is e^z/(1+e^z).")
	}
}

func TestSigmoidBCEGrad(t *testing.T) {
	cases := []struct{ z, y, want []float64 }{
		{[]float64{0, 0}, []float64{1, 0}, []float64{-0.25, 0.25}},
		{[]float64{2}, []float64{1}, []float64{1/(1+math.Exp(-2)) - 1}},
		{[]float64{1000, -1000, 0}, []float64{0, 1, 0.5}, []float64{1.0 / 3, -1.0 / 3, 0}},
		{[]float64{}, []float64{}, []float64{}},
	}
	for _, c := range cases {
		got := SigmoidBCEGrad(expect.Copy(c.z), expect.Copy(c.y))
		expect.Floats(t, fmt.Sprintf("SigmoidBCEGrad(z=%s, y=%s)", expect.Format(c.z), expect.Format(c.y)), got, c.want, 1e-12,
			"grad[i] = (Sigmoid(z[i]) − y[i]) / n: the predicted probability minus the label, averaged over the batch.")
	}
}
