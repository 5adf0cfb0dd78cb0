package ch01

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestLogSumExp(t *testing.T) {
	cases := []struct {
		z    []float64
		want float64
	}{
		{[]float64{1, 2, 3}, math.Log(math.Exp(1) + math.Exp(2) + math.Exp(3))},
		{[]float64{0, 0}, math.Ln2},
		{[]float64{1000, 1000}, 1000 + math.Ln2},
		{[]float64{-1000}, -1000},
		{nil, math.Inf(-1)},
	}
	for _, c := range cases {
		got := LogSumExp(expect.Copy(c.z))
		expect.Float(t, fmt.Sprintf("LogSumExp(%s)", expect.Format(c.z)), got, c.want, 1e-12,
			"subtract the largest logit m before math.Exp, and add it back outside the log: m + log Σ exp(z − m).")
	}
}

func TestSoftmaxCrossEntropy(t *testing.T) {
	cases := []struct {
		z     []float64
		class int
		want  float64
	}{
		{[]float64{0, 0}, 0, math.Ln2},
		{[]float64{1, 2, 3}, 2, math.Log(math.Exp(1)+math.Exp(2)+math.Exp(3)) - 3},
		{[]float64{1, 2, 3}, 0, math.Log(math.Exp(1)+math.Exp(2)+math.Exp(3)) - 1},
		{[]float64{1000, 0}, 1, 1000}, // confidently wrong: large but finite
		{[]float64{-1000, -1000}, 0, math.Ln2},
	}
	for _, c := range cases {
		got := SoftmaxCrossEntropy(expect.Copy(c.z), c.class)
		call := fmt.Sprintf("SoftmaxCrossEntropy(%s, class %d)", expect.Format(c.z), c.class)
		if !expect.Finite(t, call, got, "exp(1000) overflows: compute the log-sum-exp with the largest logit subtracted.") {
			continue
		}
		expect.Float(t, call, got, c.want, 1e-9, "the loss is LogSumExp(logits) − logits[class].")
	}
}
