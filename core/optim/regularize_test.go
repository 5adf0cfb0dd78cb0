package optim_test

import (
	"math"
	"slices"
	"testing"

	"descent/core/optim"
)

func TestL1(t *testing.T) {
	theta := []float64{2, -3, 0}
	if got := optim.L1Penalty(theta, 0.5); got != 2.5 {
		t.Errorf("L1Penalty = %g, want 0.5·5", got)
	}
	g := []float64{1, 1, 1}
	optim.AddL1(g, theta, 0.5)
	if !slices.Equal(g, []float64{1.5, 0.5, 1}) {
		t.Errorf("AddL1 gave %v, want [1.5 0.5 1] (sign(0) = 0)", g)
	}
}

func TestL2GradientMatchesThePenaltysSlope(t *testing.T) {
	theta := []float64{0.7, -1.3}
	g := make([]float64, 2)
	optim.AddL2(g, theta, 0.3)
	const h = 1e-6
	for i := range theta {
		up, down := slices.Clone(theta), slices.Clone(theta)
		up[i] += h
		down[i] -= h
		slope := (optim.L2Penalty(up, 0.3) - optim.L2Penalty(down, 0.3)) / (2 * h)
		if math.Abs(slope-g[i]) > 1e-8 {
			t.Errorf("∂/∂θ%d: AddL2 says %g, central difference %g", i, g[i], slope)
		}
	}
}

func TestDecayWeights(t *testing.T) {
	theta := []float64{1, -2}
	optim.DecayWeights(theta, 0.1, 0.5)
	if !slices.Equal(theta, []float64{0.95, -1.9}) {
		t.Errorf("DecayWeights gave %v, want θ·(1 − 0.05)", theta)
	}
}

func TestPenaltiesToleratesMismatchedLengths(t *testing.T) {
	g := []float64{0, 0, 0}
	optim.AddL2(g, []float64{1}, 1)
	optim.AddL1(g[:1], []float64{1, 1, 1}, 1)
	if !slices.Equal(g, []float64{2, 0, 0}) {
		t.Errorf("got %v", g)
	}
	if n := testing.AllocsPerRun(100, func() { optim.AddL2(g, g, 0.1); optim.AddL1(g, g, 0.1) }); n != 0 {
		t.Errorf("%g allocations", n)
	}
}
