package ch05

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestFocalLoss(t *testing.T) {
	cases := []struct {
		p, y  []float64
		gamma float64
		want  float64
	}{
		{[]float64{0.9, 0.2}, []float64{1, 0}, 0, -(math.Log(0.9) + math.Log(0.8)) / 2}, // γ = 0: plain BCE
		{[]float64{0.9}, []float64{1}, 2, -0.01 * math.Log(0.9)},                        // easy: scaled by 0.1²
		{[]float64{0.1}, []float64{1}, 2, -0.81 * math.Log(0.1)},                        // hard: barely scaled
		{[]float64{0.25}, []float64{0}, 1, -0.25 * math.Log(0.75)},                      // y = 0 uses pₜ = 1 − p
		{nil, nil, 2, 0},
	}
	for _, c := range cases {
		got := FocalLoss(expect.Copy(c.p), expect.Copy(c.y), c.gamma)
		expect.Float(t, fmt.Sprintf("FocalLoss(p=%s, y=%s, γ=%g)", expect.Format(c.p), expect.Format(c.y), c.gamma), got, c.want, 1e-9,
			"pₜ is p for y = 1 and 1 − p for y = 0; each sample adds (1 − pₜ)^γ·log pₜ; return minus the mean.")
	}
}

func TestFocalLossFiniteAtZeroAndOne(t *testing.T) {
	call := "FocalLoss(p=[0 1], y=[1 0], γ=2)"
	got := FocalLoss([]float64{0, 1}, []float64{1, 0}, 2)
	if expect.Finite(t, call, got, "clamp pₜ into [eps, 1−eps] before the log.") {
		want := -math.Pow(1-eps, 2) * math.Log(eps)
		expect.Float(t, call, got, want, 1e-6, "two confident mistakes: each costs (1−eps)²·(−log eps) after clamping.")
	}
}
