package ch01

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

// softmaxGradHint names the mistake a gradient looks like, if any.
func softmaxGradHint(got, z, y []float64) string {
	p := refSoftmax(z)
	flipped, wrtP, hard := make([]float64, len(z)), make([]float64, len(z)), make([]float64, len(z))
	k := 0
	for j := range y {
		if y[j] > y[k] {
			k = j
		}
	}
	for j := range z {
		flipped[j] = y[j] - p[j]
		wrtP[j] = -y[j] / p[j]
		hard[j] = p[j]
		if j == k {
			hard[j] -= 1
		}
	}
	switch {
	case allClose(got, flipped, 1e-6):
		return "the sign is flipped: the loss grows with the logits of the wrong classes, so their entries are positive."
	case allClose(got, wrtP, 1e-6):
		return "that is ∂H/∂p, the derivative with respect to the probabilities; the chain rule through softmax turns it into the derivative with respect to z."
	case allClose(got, hard, 1e-6):
		return "that treats y as one-hot at its largest entry; every class's target yⱼ enters the gradient."
	}
	return "write log pⱼ = zⱼ − log Σₖ exp(zₖ) and differentiate with respect to zᵢ: the first term gives yᵢ's share, the log-sum gives one term per j."
}

func TestSoftmaxCEGradMatchesCentralDifferences(t *testing.T) {
	cases := []struct{ z, y []float64 }{
		{[]float64{0.2, -1.3, 2.1}, []float64{0, 1, 0}},
		{[]float64{1.5, -0.5, 0.3, 2.2}, []float64{0.1, 0.7, 0.1, 0.1}},
		{[]float64{3, 1}, []float64{0.25, 0.75}},
		{[]float64{-2, 4, 0.5, 0, -1}, []float64{0.05, 0.05, 0.8, 0.05, 0.05}},
		{[]float64{7}, []float64{1}},
	}
	for _, c := range cases {
		z, y := expect.Copy(c.z), expect.Copy(c.y)
		got := SoftmaxCEGrad(z, y)
		want := refNumericGrad(func(z []float64) float64 { return refCE(z, c.y) }, c.z, 1e-6)
		call := fmt.Sprintf("SoftmaxCEGrad(z=%s, y=%s)", expect.Format(c.z), expect.Format(c.y))
		expect.Floats(t, call, got, want, 1e-6, softmaxGradHint(got, c.z, c.y)+" (expected: central differences of H)")
		expect.Floats(t, call+" changed z", z, c.z, 0, "leave the logits alone.")
		expect.Floats(t, call+" changed y", y, c.y, 0, "leave the targets alone.")
	}
}

func TestSoftmaxCEGradLargeLogits(t *testing.T) {
	cases := []struct{ z, y, want []float64 }{
		{[]float64{1000, 0, -1000}, []float64{0, 1, 0}, []float64{1, -1, 0}},
		{[]float64{-800, -800}, []float64{0.25, 0.75}, []float64{0.25, -0.25}},
		{[]float64{0, 1000, 3}, []float64{0, 1, 0}, []float64{0, 0, 0}},
	}
	for _, c := range cases {
		got := SoftmaxCEGrad(expect.Copy(c.z), expect.Copy(c.y))
		call := fmt.Sprintf("SoftmaxCEGrad(z=%s, y=%s)", expect.Format(c.z), expect.Format(c.y))
		finite := len(got) == len(c.want)
		for _, v := range got {
			finite = finite && !math.IsNaN(v) && !math.IsInf(v, 0)
		}
		if len(got) == len(c.want) && !finite {
			expect.Failf(t, "%s\n  expected finite values %s\n  got      %s\n  next: compute the softmax with the largest logit subtracted first; exp(1000) overflows and exp(−800) underflows.", call, expect.Format(c.want), expect.Format(got))
			continue
		}
		expect.Floats(t, call, got, c.want, 1e-12, softmaxGradHint(got, c.z, c.y))
	}
}
