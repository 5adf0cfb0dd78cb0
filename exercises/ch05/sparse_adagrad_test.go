package ch05

import (
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestSparseAdagradStep(t *testing.T) {
	theta := []float64{1, 1, 1, 1, 1}
	G := []float64{0, 9, 0, 0, 16}
	SparseAdagradStep(theta, G, []int{4, 1}, []float64{3, -4}, 0.5, 0)
	expect.Floats(t, "sumSq after a sparse step on indices [4 1] with values [3 -4]", G, []float64{0, 25, 0, 0, 25}, 1e-12,
		"sumSq[idx[k]] += vals[k]²: the k-th value belongs to coordinate idx[k], not to coordinate k.")
	expect.Floats(t, "theta after that step (η=0.5, ε=0)", theta, []float64{1, 1 + 0.5*4/5.0, 1, 1, 1 - 0.5*3/5.0}, 1e-12,
		"θ[idx[k]] −= η·vals[k]/(√sumSq[idx[k]] + ε), using the updated sumSq.")
}

func TestSparseAdagradLeavesOthersAlone(t *testing.T) {
	n := 1000
	theta := make([]float64, n)
	G := make([]float64, n)
	for i := range theta {
		theta[i] = float64(i)
		G[i] = 1
	}
	SparseAdagradStep(theta, G, []int{999, 0, 500}, []float64{1, 1, 1}, 1, 0)
	for i := range n {
		touched := i == 0 || i == 500 || i == 999
		wantTheta, wantG := float64(i), 1.0
		if touched {
			wantTheta, wantG = float64(i)-1/math.Sqrt2, 2
		}
		if !expect.Close(theta[i], wantTheta, 1e-12) || G[i] != wantG {
			t.Fatalf("coordinate %d after a sparse step on indices [999 0 500]\n  expected theta %g, sumSq %g\n  got      theta %g, sumSq %g\n  next: visit only the coordinates listed in idx; every other one must keep its θ and G exactly.", i, wantTheta, wantG, theta[i], G[i])
		}
	}
}
