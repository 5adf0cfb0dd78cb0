package ch05

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

// rowGradients are the per-row gradients of a batch of 10 rows, 3
// coordinates each: deliberately uneven, so that shards differ.
var rowGradients = [][]float64{
	{1, -2, 0.5}, {3, 0, -1}, {-1, 4, 2}, {0.5, 0.5, 0.5}, {10, -3, 1},
	{-4, 2, 0}, {2, 2, -6}, {0, 1, 3}, {7, -1, -2}, {-3, 5, 4},
}

// shardMeans splits rowGradients into consecutive shards of the given
// sizes and returns each shard's mean gradient (NaN for an empty shard, as
// its worker's 0/0 would give).
func shardMeans(sizes []int) [][]float64 {
	var means [][]float64
	start := 0
	for _, n := range sizes {
		m := make([]float64, 3)
		for j := range m {
			for _, g := range rowGradients[start : start+n] {
				m[j] += g[j]
			}
			m[j] /= float64(n) // 0/0 = NaN for an empty shard
		}
		means = append(means, m)
		start += n
	}
	return means
}

// batchMean is what one machine computes on the whole batch.
func batchMean() []float64 {
	m := make([]float64, 3)
	for _, g := range rowGradients {
		for j := range m {
			m[j] += g[j] / float64(len(rowGradients))
		}
	}
	return m
}

func TestCombineGradientsMatchesTheWholeBatch(t *testing.T) {
	want := batchMean()
	for _, sizes := range [][]int{{5, 5}, {1, 2, 3, 4}, {7, 3}, {1, 1, 8}, {10}} {
		means := shardMeans(sizes)
		kept := fmt.Sprint(means)
		givenSizes := append([]int(nil), sizes...)
		got, err := CombineGradients(means, givenSizes)
		call := fmt.Sprintf("CombineGradients(10 rows in shards of %v)", sizes)
		if err != nil {
			expect.Failf(t, "%s\n  expected %s (the whole batch's mean gradient)\n  got      error %q\n  next: these shards are all valid.", call, expect.Format(want), err)
			continue
		}
		if len(got) == 3 && len(sizes) > 1 {
			plain := make([]float64, 3)
			for _, m := range means {
				for j := range plain {
					plain[j] += m[j] / float64(len(means))
				}
			}
			if expect.Close(got[0], plain[0], 1e-9) && expect.Close(got[2], plain[2], 1e-9) && !expect.Close(plain[0], want[0], 1e-9) {
				expect.Failf(t, "%s\n  expected %s (the whole batch's mean gradient)\n  got      %s: the plain average of the workers' means\n  next: a worker with 4 rows speaks for 4 rows and one with 1 row for 1; the average of the means is right only when the shards are equal.", call, expect.Format(want), expect.Format(got))
				continue
			}
		}
		expect.Floats(t, call, got, want, 1e-12,
			"the whole batch's mean is the sum over all rows divided by N; write each shard's sum in terms of its mean and size.")
		if fmt.Sprint(means) != kept {
			expect.Failf(t, "%s changed the workers' gradients\n  next: combine into a slice of your own.", call)
		}
		if fmt.Sprint(givenSizes) != fmt.Sprint(sizes) {
			expect.Failf(t, "%s changed the shard sizes to %v\n  next: sizes is not yours to change.", call, givenSizes)
		}
	}
}

func TestCombineGradientsSkipsEmptyShards(t *testing.T) {
	want := batchMean()
	for _, sizes := range [][]int{{4, 0, 6}, {0, 10}, {3, 3, 0, 4, 0}} {
		got, err := CombineGradients(shardMeans(sizes), sizes)
		call := fmt.Sprintf("CombineGradients(10 rows in shards of %v; an empty shard's mean is NaN)", sizes)
		if err != nil {
			expect.Failf(t, "%s\n  expected %s\n  got      error %q\n  next: an empty shard is allowed as long as some shard has rows.", call, expect.Format(want), err)
			continue
		}
		for _, v := range got {
			if math.IsNaN(v) {
				expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: an empty shard has no mean, and 0·NaN is NaN: leave its values out altogether.", call, expect.Format(want), expect.Format(got))
				return
			}
		}
		expect.Floats(t, call, got, want, 1e-12, "an empty shard contributes no rows, so it contributes nothing to the mean.")
	}
}

func TestCombineGradientsRefusesBadInput(t *testing.T) {
	for _, c := range []struct {
		means [][]float64
		sizes []int
		why   string
	}{
		{[][]float64{{1, 2, 3}, {4, 5}}, []int{2, 3}, "worker 1 sent 2 values, worker 0 sent 3"},
		{[][]float64{{1, 2}, {4, 5, 6}}, []int{2, 3}, "worker 1 sent 3 values, worker 0 sent 2"},
		{[][]float64{{1, 2, 3}, {math.NaN(), math.NaN()}}, []int{2, 0}, "worker 1 sent 2 values, worker 0 sent 3 (an empty shard's worker is broken too)"},
		{[][]float64{{1, 2}, {3, 4}}, []int{2}, "one shard size for two workers"},
		{[][]float64{{1, 2}, {3, 4}}, []int{2, -1}, "a negative shard size"},
		{[][]float64{{math.NaN()}, {math.NaN()}}, []int{0, 0}, "every shard is empty"},
		{nil, nil, "no workers"},
	} {
		got, err := CombineGradients(c.means, c.sizes)
		if err == nil {
			expect.Failf(t, "CombineGradients(%v, sizes %v)\n  expected an error (%s)\n  got      %s and no error\n  next: a gradient of the wrong length, in either direction, means a worker is broken: say so rather than combine what fits.",
				c.means, c.sizes, c.why, expect.Format(got))
		}
	}
}

// A NaN from a worker with rows is a real fault (a diverged shard): one
// machine would get NaN too, and hiding it would train on a wrong mean.
func TestCombineGradientsKeepsARealNaN(t *testing.T) {
	nan := math.NaN()
	got, err := CombineGradients([][]float64{{1, nan, 3}, {2, 2, 2}}, []int{1, 3})
	call := "CombineGradients([[1 NaN 3] [2 2 2]], sizes [1 3]): worker 0 has a row, and its gradient is NaN in coordinate 1"
	if err != nil {
		expect.Failf(t, "%s\n  expected [1.75 NaN 2.25], the NaN carried into the result\n  got      error %q\n  next: these inputs are well formed; combine them, and let the NaN show where it belongs.", call, err)
		return
	}
	if len(got) == 3 && !math.IsNaN(got[1]) {
		expect.Failf(t, "%s\n  expected [1.75 NaN 2.25]\n  got      %s\n  next: only an empty shard's NaN is to be left out (its size says it has no rows); a NaN from a worker with rows means something diverged, and dropping it hides that.", call, expect.Format(got))
		return
	}
	if len(got) != 3 || !expect.Close(got[0], 1.75, 1e-12) || !expect.Close(got[2], 2.25, 1e-12) {
		expect.Failf(t, "%s\n  expected [1.75 NaN 2.25]\n  got      %s\n  next: weight each worker's mean by its share of the rows, nₖ/N.", call, expect.Format(got))
	}
}
