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
		{[]float64{0, 1000}, 1000},
		{[]float64{1000, 1000}, 1000 + math.Ln2},
		{[]float64{-1000, -1000}, -1000 + math.Ln2},
		{[]float64{-1000}, -1000},
		{[]float64{3, 800, -5, 799}, 800 + math.Log1p(math.Exp(-1))},
		{[]float64{-1000, 0, 1000}, 1000}, // a spread of 2000: only the largest logit is a safe shift
		{nil, math.Inf(-1)},
	}
	for _, c := range cases {
		z := expect.Copy(c.z)
		got := LogSumExp(z)
		call := fmt.Sprintf("LogSumExp(%s)", expect.Format(c.z))
		next := "shift by the LARGEST logit m: every exp(zⱼ − m) is then ≤ 1, the largest is exactly 1, and LSE = m + log Σ exp(zⱼ − m)."
		switch {
		case len(c.z) > 1 && math.IsInf(got, 1) && c.z[0] < c.z[1]:
			next = "+Inf here means some exp(zⱼ − m) overflowed: a shift by the first logit (or any but the largest) leaves exponents above 709."
		case len(c.z) > 0 && math.IsInf(got, -1):
			next = "−Inf means the sum underflowed to 0: with no shift, exp(−1000) is 0 in float64."
		case len(c.z) > 0 && expect.Close(got, c.want-refMax(c.z), 1e-12):
			next = "you shifted by m but did not add m back outside the log."
		}
		expect.Float(t, call, got, c.want, 1e-12, next)
		expect.Floats(t, call+" changed z", z, c.z, 0, "compute into new variables; leave the logits alone.")
	}
}

func refMax(z []float64) float64 {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	return m
}

func TestSoftmaxCrossEntropy(t *testing.T) {
	cases := []struct {
		z     []float64
		class int
	}{
		{[]float64{0, 0}, 0},
		{[]float64{1, 2, 3}, 2},
		{[]float64{1, 2, 3}, 0},
		{[]float64{1000, 0}, 1},    // confidently wrong: large but finite
		{[]float64{0, 1000, 3}, 1}, // confidently right: close to 0
		{[]float64{-1000, -1000}, 0},
		{[]float64{0.5, -2, 7, 7.5, -0.25}, 3},
		{[]float64{-1000, 0, 1000}, 0}, // confidently wrong across a spread of 2000
	}
	for _, c := range cases {
		want := refLSE(c.z) - c.z[c.class]
		z := expect.Copy(c.z)
		got := SoftmaxCrossEntropy(z, c.class)
		call := fmt.Sprintf("SoftmaxCrossEntropy(%s, class %d)", expect.Format(c.z), c.class)
		expect.Floats(t, call+" changed the logits", z, c.z, 0, "shift into new variables; the caller's logits stay as they were.")
		if !expect.Finite(t, call, got, "exp overflows past 709: compute the loss through the log-sum-exp shifted by the largest logit (no other shift keeps every exponent ≤ 0), never through exp(z) itself.") {
			continue
		}
		next := "the loss is LSE(logits) − logits[class], which is ≥ 0."
		if expect.Close(got, -want, 1e-9) && want != 0 {
			next = "the sign is flipped: −log p is positive, so it is LSE(z) − z[class], not the other way round."
		}
		expect.Float(t, call, got, want, 1e-9, next)
	}
}
