package ch05

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

// lazyAgainstDense runs core/optim's dense Adagrad and the learner's sparse
// step side by side on the same sparse gradients, and returns both
// parameter vectors and accumulators.
func lazyAgainstDense(t *testing.T, d int, batches [][]int, values [][]float64, lr, eps, s0 float64) (dense, lazy, lazySum []float64) {
	t.Helper()
	opt, err := optim.NewAdagrad(optim.AdagradConfig{LR: lr, InitialAccumulator: s0, Eps: eps})
	if err != nil {
		expect.Fatalf(t, "optim.NewAdagrad: %v", err)
	}
	dense, lazy, lazySum = make([]float64, d), make([]float64, d), make([]float64, d)
	for j := range d {
		dense[j] = 0.01 * float64(j%7)
		lazy[j] = dense[j]
		lazySum[j] = s0
	}
	for b := range batches {
		g := make([]float64, d)
		for k, j := range batches[b] {
			g[j] += values[b][k]
		}
		opt.Step(dense, g)
		if err := SparseAdagradStep(lazy, lazySum, append([]int(nil), batches[b]...), expect.Copy(values[b]), lr, eps); err != nil {
			expect.Fatalf(t, "SparseAdagradStep on batch %d (indices %v)\n  expected no error\n  got      %v\n  next: these indices are all inside theta.", b, batches[b], err)
		}
	}
	return dense, lazy, lazySum
}

func TestSparseAdagradOneStep(t *testing.T) {
	theta := []float64{1, 1, 1, 1, 1}
	sum := []float64{0, 9, 0, 0, 16}
	err := SparseAdagradStep(theta, sum, []int{4, 1}, []float64{3, -4}, 0.5, 0)
	call := "SparseAdagradStep(θ = [1 1 1 1 1], s = [0 9 0 0 16], indices [4 1], values [3 -4], η = 0.5, ε = 0)"
	if err != nil {
		expect.Fatalf(t, "%s\n  expected no error\n  got      %v\n  next: both indices are inside theta.", call, err)
	}
	if expect.Close(sum[0], 9, 1e-12) || expect.Close(sum[1], 25, 1e-12) && expect.Close(sum[4], 16, 1e-12) {
		expect.Failf(t, "%s\n  expected s = [0 25 0 0 25]\n  got      s = %s\n  next: the k-th value belongs to coordinate idx[k], not to coordinate k.", call, expect.Format(sum))
		return
	}
	expect.Floats(t, call+": s", sum, []float64{0, 25, 0, 0, 25}, 1e-12, "add each listed coordinate's squared gradient to its own sⱼ.")
	want := []float64{1, 1 + 0.5*4/5.0, 1, 1, 1 - 0.5*3/5.0}
	if expect.Close(theta[1], 1+0.5*4/3.0, 1e-12) {
		expect.Failf(t, "%s\n  expected θ = %s\n  got      θ = %s: divided by the old √s\n  next: add g² to s first, then divide by the root of the new s.", call, expect.Format(want), expect.Format(theta))
		return
	}
	expect.Floats(t, call+": θ", theta, want, 1e-12, "θⱼ ← θⱼ − η·gⱼ/√(sⱼ + ε), with the updated sⱼ.")
}

// The lazy step is Adagrad, not an approximation: it must match the dense
// optimizer to the last bit, with ε where core/optim puts it.
func TestSparseAdagradMatchesDenseAdagrad(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 11))
	const d = 40
	var batches [][]int
	var values [][]float64
	for range 30 {
		var idx []int
		var vals []float64
		for range 1 + rng.IntN(5) {
			idx = append(idx, rng.IntN(d/4)*rng.IntN(4)) // low indices are common
			vals = append(vals, 3e-4*rng.NormFloat64())  // small gradients: ε matters
		}
		batches, values = append(batches, idx), append(values, vals)
	}
	dense, lazy, _ := lazyAgainstDense(t, d, batches, values, 0.1, 1e-7, 0)
	call := "30 sparse steps (η = 0.1, ε = 1e-7, s₀ = 0, gradients ~3e-4, some indices repeated within a batch) against core/optim's dense Adagrad"
	for j := range d {
		if !expect.Close(lazy[j], dense[j], 1e-12) {
			expect.Failf(t, "%s\n  expected θ[%d] = %.10g\n  got      θ[%d] = %.10g\n  next: ε goes inside the root, √(s + ε), as in Keras and core/optim; and an index listed twice in a batch is one coordinate whose gradient is the sum of its values, updated once.",
				call, j, dense[j], j, lazy[j])
			return
		}
	}
}

func TestSparseAdagradSumsRepeatedIndices(t *testing.T) {
	theta, sum := []float64{0, 0, 0}, []float64{0.1, 0.1, 0.1}
	err := SparseAdagradStep(theta, sum, []int{2, 0, 2}, []float64{1, -2, 3}, 1, 0)
	call := "SparseAdagradStep(θ = 0, s = 0.1, indices [2 0 2], values [1 -2 3], η = 1, ε = 0)"
	if err != nil {
		expect.Fatalf(t, "%s\n  expected no error\n  got      %v\n  next: a repeated index is allowed: the feature appeared twice in the batch.", call, err)
	}
	// coordinate 2's gradient is 1 + 3 = 4: s = 16.1, θ = −4/√16.1
	if expect.Close(sum[2], 0.1+1+9, 1e-12) {
		expect.Failf(t, "%s\n  expected s[2] = 16.1 (one gradient of 1 + 3 = 4)\n  got      s[2] = %.6g: two separate steps\n  next: the dense gradient's entry 2 is the sum of the values listed for it; Adagrad takes one step with it, and 1² + 3² is not 4².", call, sum[2])
		return
	}
	expect.Floats(t, call+": s", sum, []float64{4.1, 0.1, 16.1}, 1e-12, "sum the values of a repeated index before squaring.")
	expect.Floats(t, call+": θ", theta, []float64{2 / math.Sqrt(4.1), 0, -4 / math.Sqrt(16.1)}, 1e-12, "one step per coordinate, with its summed gradient.")
}

func TestSparseAdagradLeavesOthersAlone(t *testing.T) {
	n := 1000
	theta, sum := make([]float64, n), make([]float64, n)
	for i := range theta {
		theta[i] = float64(i)
		sum[i] = 1
	}
	if err := SparseAdagradStep(theta, sum, []int{999, 0, 500}, []float64{1, 1, 1}, 1, 0); err != nil {
		expect.Fatalf(t, "SparseAdagradStep(indices [999 0 500])\n  expected no error\n  got      %v\n  next: all three indices are inside theta.", err)
	}
	for i := range n {
		touched := i == 0 || i == 500 || i == 999
		wantTheta, wantSum := float64(i), 1.0
		if touched {
			wantTheta, wantSum = float64(i)-1/math.Sqrt2, 2
		}
		if !expect.Close(theta[i], wantTheta, 1e-12) || sum[i] != wantSum {
			expect.Fatalf(t, "coordinate %d after a sparse step on indices [999 0 500] with values 1\n  expected θ %g, s %g\n  got      θ %g, s %g\n  next: visit only the coordinates listed; every other one keeps its θ and s exactly.", i, wantTheta, wantSum, theta[i], sum[i])
		}
	}
}

func TestSparseAdagradRefusesBadInput(t *testing.T) {
	for _, c := range []struct {
		theta, sum []float64
		idx        []int
		vals       []float64
		why        string
	}{
		{[]float64{1, 2, 3}, []float64{0, 0, 0}, []int{0, 3}, []float64{1, 1}, "index 3 is outside 3 coordinates"},
		{[]float64{1, 2, 3}, []float64{0, 0, 0}, []int{1, -1}, []float64{1, 1}, "index −1"},
		{[]float64{1, 2, 3}, []float64{0, 0, 0}, []int{0, 1}, []float64{1}, "two indices, one value"},
		{[]float64{1, 2, 3}, []float64{0, 0}, []int{0}, []float64{1}, "theta and sum differ in length"},
	} {
		theta, sum := expect.Copy(c.theta), expect.Copy(c.sum)
		err := SparseAdagradStep(theta, sum, c.idx, c.vals, 0.1, 1e-7)
		call := fmt.Sprintf("SparseAdagradStep(θ = %s, s = %s, indices %v, values %s)", expect.Format(c.theta), expect.Format(c.sum), c.idx, expect.Format(c.vals))
		if err == nil {
			expect.Failf(t, "%s\n  expected an error (%s)\n  got      no error\n  next: check every index and both lengths before updating anything.", call, c.why)
			continue
		}
		expect.Floats(t, call+" θ after the error", theta, c.theta, 0, "check all the input first: a refused step must leave θ as it was.")
		expect.Floats(t, call+" s after the error", sum, c.sum, 0, "check all the input first: a refused step must leave s as it was.")
	}
}

// A listed coordinate whose values cancel, or a value of 0, has gradient 0:
// the dense step leaves it alone, even with s = 0 and ε = 0, where
// 0/√(0 + 0) would be NaN.
func TestSparseAdagradLeavesAZeroGradientAlone(t *testing.T) {
	theta, sum := []float64{1, 2, 3}, []float64{0, 0, 0}
	err := SparseAdagradStep(theta, sum, []int{1, 2, 1, 0}, []float64{0.5, 0, -0.5, 2}, 0.1, 0)
	call := "SparseAdagradStep(θ = [1 2 3], s = [0 0 0], indices [1 2 1 0], values [0.5 0 -0.5 2], η = 0.1, ε = 0)"
	if err != nil {
		expect.Fatalf(t, "%s\n  expected no error\n  got      %v\n  next: every index is inside theta.", call, err)
	}
	expect.Floats(t, call+": θ", theta, []float64{0.9, 2, 3}, 1e-12,
		"coordinates 1 (0.5 − 0.5) and 2 (0) have gradient 0: the dense step does not move them and their s stays 0; do not compute 0/√0 for them.")
	expect.Floats(t, call+": s", sum, []float64{4, 0, 0}, 1e-12, "a zero gradient adds nothing to s.")
}

// The work must grow with the batch, not with the model: a step on three
// features of a model with two million weights must not build anything
// the size of the model (such as a dense gradient).
func TestSparseAdagradWorkGrowsWithTheBatch(t *testing.T) {
	const d = 1 << 21
	theta, sum := make([]float64, d), make([]float64, d)
	for i := range sum {
		sum[i] = 1
	}
	idx, vals := []int{d - 1, 7, 1 << 20}, []float64{1, -1, 1}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	err := SparseAdagradStep(theta, sum, idx, vals, 1, 0)
	runtime.ReadMemStats(&after)
	call := "SparseAdagradStep(θ and s of 2,097,152 coordinates, indices [2097151 7 1048576], values [1 -1 1], η = 1, ε = 0)"
	if err != nil {
		expect.Fatalf(t, "%s\n  expected no error\n  got      %v\n  next: every index is inside theta.", call, err)
	}
	got := []float64{theta[d-1], theta[7], theta[1<<20], sum[d-1], theta[8], sum[8]}
	expect.Floats(t, call+": θ and s at the listed indices (and θ, s at index 8)", got, []float64{-1 / math.Sqrt2, 1 / math.Sqrt2, -1 / math.Sqrt2, 2, 0, 1}, 1e-12,
		"step the listed coordinates, and only those.")
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > 1<<20 {
		expect.Failf(t, "%s\n  expected memory for the 3 listed features (a few hundred bytes)\n  got      %d bytes allocated, %.1f per coordinate of θ\n  next: gather the listed pairs into something the size of the batch; a dense gradient of len(θ) makes every step cost as much as the whole model.",
			call, allocated, float64(allocated)/d)
	}
}
