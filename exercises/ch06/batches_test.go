package ch06

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"descent/exercises/internal/expect"
)

func formatBatches(b [][]int) string { return fmt.Sprint(b) }

func TestMiniBatches(t *testing.T) {
	cases := []struct {
		order []int
		size  int
		want  [][]int
	}{
		{[]int{3, 7, 0, 9, 1, 8, 2, 6, 4, 5}, 4, [][]int{{3, 7, 0, 9}, {1, 8, 2, 6}, {4, 5}}},
		{[]int{5, 6, 7}, 10, [][]int{{5, 6, 7}}}, // one short batch
		{[]int{9, 8, 7}, 1, [][]int{{9}, {8}, {7}}},
		{[]int{4, 1, 3, 0, 2, 5}, 3, [][]int{{4, 1, 3}, {0, 2, 5}}}, // size divides n: no short batch
	}
	for _, c := range cases {
		before := slices.Clone(c.order)
		got := MiniBatches(c.order, c.size)
		call := fmt.Sprintf("MiniBatches(%v, %d)", before, c.size)
		if !slices.Equal(c.order, before) {
			expect.Fatalf(t, "%s\n  changed its input order to %v\n  next: read order, never write to it.", call, c.order)
		}
		if len(got) == len(c.want)-1 && len(c.want[len(c.want)-1]) < c.size {
			expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: the last, shorter batch is missing: keep it, or its rows are never trained on.",
				call, formatBatches(c.want), formatBatches(got))
			continue
		}
		ok := len(got) == len(c.want)
		for k := 0; ok && k < len(got); k++ {
			ok = slices.Equal(got[k], c.want[k])
		}
		if !ok {
			next := "batch k holds the rows at positions k·size … (k+1)·size − 1 of order, cut short at the end."
			if len(got) > 0 && len(got[0]) > 0 && got[0][0] == 0 && c.order[0] != 0 {
				next = "the batches must hold the values of order (the row numbers of the shuffle), not the positions 0, 1, 2, …"
			}
			expect.Failf(t, "%s\n  expected %s\n  got      %s\n  next: %s", call, formatBatches(c.want), formatBatches(got), next)
		}
	}
}

func TestMiniBatchesCoverEveryRowOnce(t *testing.T) {
	order := []int{12, 3, 7, 0, 9, 1, 11, 8, 2, 6, 10, 4, 5}
	for _, size := range []int{1, 2, 5, 12, 13, 50} {
		got := MiniBatches(order, size)
		seen := map[int]int{}
		for _, b := range got {
			for _, r := range b {
				seen[r]++
			}
		}
		want := (len(order) + size - 1) / size
		if len(got) != want || len(seen) != len(order) {
			expect.Failf(t, "MiniBatches(13 rows, %d)\n  expected %d batches covering all 13 rows once\n  got      %d batches covering %d distinct rows: %s\n  next: ⌈n/size⌉ batches; every row in exactly one of them.",
				size, want, len(got), len(seen), formatBatches(got))
		}
	}
	// A size beyond any data set (full-batch training asked for with the
	// largest int) is one batch of every row.
	if got := MiniBatches(order, math.MaxInt); len(got) != 1 || !slices.Equal(got[0], order) {
		expect.Failf(t, "MiniBatches(13 rows, math.MaxInt)\n  expected one batch holding all 13 rows\n  got      %s\n  next: ⌈n/size⌉ is 1 here, but n + size − 1 overflows an int and goes negative: count or cut the batches without adding size to n.",
			formatBatches(got))
	}
	for _, c := range []struct {
		order []int
		size  int
	}{{nil, 4}, {[]int{1, 2}, 0}, {[]int{1, 2}, -3}} {
		if got := MiniBatches(c.order, c.size); len(got) != 0 {
			expect.Failf(t, "MiniBatches(%v, %d)\n  expected no batches\n  got      %s\n  next: no rows, or a size below 1, gives nil (a loop that steps by 0 never ends).",
				c.order, c.size, formatBatches(got))
		}
	}
}
