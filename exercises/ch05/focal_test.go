package ch05

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/core/loss"
	"descent/exercises/internal/expect"
)

// focalReference is core/loss's focal loss on logits without class
// balancing: the loss the stub states, and its gradient.
func focalReference(t *testing.T, z, y []float64, gamma float64) (float64, []float64) {
	t.Helper()
	l, err := loss.BinaryFocalFromLogits(gamma, loss.NoClassBalance)
	if err != nil {
		expect.Fatalf(t, "loss.BinaryFocalFromLogits(%g): %v", gamma, err)
	}
	grad := make([]float64, len(z))
	l.SampleGrad(y, z, grad)
	return l.Sample(y, z), grad
}

func TestFocalLoss(t *testing.T) {
	z := []float64{2, -0.5, 0.3, -3, 1.2, -1}
	y := []float64{1, 1, 0, 0, 0, 1}
	for _, gamma := range []float64{0, 1, 2, 2.5} {
		got, _ := FocalLoss(expect.Copy(z), expect.Copy(y), gamma)
		want, _ := focalReference(t, z, y, gamma)
		expect.Float(t, fmt.Sprintf("FocalLoss(z=%s, y=%s, γ=%g) loss", expect.Format(z), expect.Format(y), gamma), got, want, 1e-12,
			"FL = −(1 − pₜ)^γ·log pₜ with pₜ = σ(z) for y = 1 and 1 − σ(z) for y = 0, averaged over the rows.")
	}
	empty, g := FocalLoss(nil, nil, 2)
	expect.Float(t, "FocalLoss(z=[], y=[], γ=2) loss", empty, 0, 0, "an empty batch has loss 0 (do not divide by n = 0).")
	expect.Floats(t, "FocalLoss(z=[], y=[], γ=2) gradient", g, []float64{}, 0, "an empty batch has an empty gradient.")
}

func TestFocalGradientMatchesCentralDifferences(t *testing.T) {
	z := []float64{1.5, -0.7, 0.4, -2.2, 0.9, -0.1, 2.8}
	y := []float64{1, 1, 0, 0, 0, 1, 0}
	for _, gamma := range []float64{2, 0.5} {
		zGiven, yGiven := expect.Copy(z), expect.Copy(y)
		_, grad := FocalLoss(zGiven, yGiven, gamma)
		call := fmt.Sprintf("FocalLoss(z=%s, y=%s, γ=%g) gradient", expect.Format(z), expect.Format(y), gamma)
		expect.Floats(t, "z after "+call, zGiven, z, 0, "z is not yours to change: keep s·z in a variable of your own.")
		expect.Floats(t, "y after "+call, yGiven, y, 0, "y is not yours to change.")
		if len(grad) != len(z) {
			expect.Failf(t, "%s\n  expected %d values\n  got      %d\n  next: one partial derivative per logit.", call, len(z), len(grad))
			continue
		}
		const h = 1e-6
		want := make([]float64, len(z))
		for i := range z {
			plus, minus := expect.Copy(z), expect.Copy(z)
			plus[i] += h
			minus[i] -= h
			lp, _ := focalReference(t, plus, y, gamma)
			lm, _ := focalReference(t, minus, y, gamma)
			want[i] = (lp - lm) / (2 * h)
		}
		// The classic slip: treat (1 − pₜ)^γ as a constant weight.
		constant := true
		for i := range z {
			miss := 1 / (1 + math.Exp((2*y[i]-1)*z[i]))
			sigma := 1 / (1 + math.Exp(-z[i]))
			constant = constant && expect.Close(grad[i], math.Pow(miss, gamma)*(sigma-y[i])/float64(len(z)), 1e-9)
		}
		if constant {
			expect.Failf(t, "%s\n  expected %s (central differences)\n  got      %s: (1 − pₜ)^γ·(σ(z) − y)/n\n  next: the modulating factor depends on z too; the product rule gives a second term, from the derivative of (1 − pₜ)^γ.", call, expect.Format(want), expect.Format(grad))
			continue
		}
		n := float64(len(z))
		if expect.Close(grad[0], n*want[0], 1e-6) && expect.Close(grad[3], n*want[3], 1e-6) {
			expect.Failf(t, "%s\n  expected %s (central differences)\n  got      %s: n = %g times too large\n  next: J is a mean, so each ∂J/∂zᵢ carries 1/n.", call, expect.Format(want), expect.Format(grad), n)
			continue
		}
		expect.Floats(t, call, grad, want, 1e-7,
			"write FL in terms of pₜ = σ(s·z), s = 2y − 1; dpₜ/dz = s·pₜ·(1 − pₜ), and both factors of FL depend on pₜ. Check the sign for the rows with y = 0.")
	}
}

func TestFocalLossLargeLogits(t *testing.T) {
	z := []float64{-1000, 1000, 1000, -1000, -40, 25}
	y := []float64{1, 0, 1, 0, 1, 0}
	// γ = 0.5 too: below 1, (1 − pₜ)^(γ−1) is infinite at a confident hit.
	for _, gamma := range []float64{2, 0.5} {
		loss, grad := FocalLoss(expect.Copy(z), expect.Copy(y), gamma)
		want, wantGrad := focalReference(t, z, y, gamma)
		call := fmt.Sprintf("FocalLoss(z=%s, y=%s, γ=%g)", expect.Format(z), expect.Format(y), gamma)
		if !expect.Finite(t, call+" loss", loss, "log pₜ must not be computed as log of a σ that rounded to 0: log σ(u) = −(max(−u, 0) + log(1 + e^−|u|)).") {
			continue
		}
		if loss < 300 {
			expect.Failf(t, "%s loss\n  expected %.6g (two confident mistakes cost about 1000 each)\n  got      %.6g\n  next: clipping p to [1e-7, 1 − 1e-7] caps a mistake's cost at 16; on logits no clipping is needed.", call, want, loss)
			continue
		}
		expect.Float(t, call+" loss", loss, want, 1e-12, "a confident mistake (pₜ ≈ e^−1000) costs −log pₜ ≈ 1000; a confident hit costs 0.")
		finite := true
		for i, g := range grad {
			next := "compute pₜ and 1 − pₜ from e^−|s·z|, and log pₜ in its stable form; pₜ·log pₜ is 0·(−1000) = 0, not NaN."
			if gamma < 1 {
				next = "for γ < 1, (1 − pₜ)^(γ−1) is +Inf where 1 − pₜ rounds to 0, and Inf·0 is NaN: simplify the derivative until (1 − pₜ) appears only to the power γ."
			}
			if !expect.Finite(t, fmt.Sprintf("%s gradient[%d]", call, i), g, next) {
				finite = false
				break
			}
		}
		if finite {
			expect.Floats(t, call+" gradient", grad, wantGrad, 1e-12,
				"a confident mistake has (1 − pₜ)^γ = 1 and pₜ·log pₜ = 0, so its gradient is −s/n; a confident hit's is 0.")
		}
	}
}
