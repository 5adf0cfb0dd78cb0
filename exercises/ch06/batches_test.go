package ch06

import (
	"fmt"
	"reflect"
	"testing"
)

func TestMiniBatches(t *testing.T) {
	cases := []struct {
		order []int
		size  int
		want  [][]int
	}{
		{[]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 4, [][]int{{0, 1, 2, 3}, {4, 5, 6, 7}, {8, 9}}},
		{[]int{3, 1, 2, 0}, 2, [][]int{{3, 1}, {2, 0}}}, // shuffled order is kept
		{[]int{5, 6, 7}, 10, [][]int{{5, 6, 7}}},        // one partial batch
		{[]int{9, 8, 7}, 1, [][]int{{9}, {8}, {7}}},
	}
	for _, c := range cases {
		got := MiniBatches(c.order, c.size)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("MiniBatches(%v, %d)\n  expected %v\n  got      %v\n  next: take order[start:min(start+size, len(order))] for start = 0, size, 2·size, … while start < len(order); keep the last, shorter batch.", c.order, c.size, c.want, got)
		}
	}
}

func TestMiniBatchesEdgeCases(t *testing.T) {
	if got := MiniBatches([]int{0, 1, 2, 3, 4}, 2); len(got) != 3 {
		t.Errorf("MiniBatches(5 samples, 2)\n  expected 3 batches (2 + 2 + 1)\n  got      %d: %v\n  next: keep the last partial batch.", len(got), got)
	}
	for _, c := range []struct {
		order []int
		size  int
	}{{nil, 4}, {[]int{1, 2}, 0}, {[]int{1, 2}, -3}} {
		if got := MiniBatches(c.order, c.size); len(got) != 0 {
			t.Errorf("MiniBatches(%v, %d)\n  expected no batches\n  got      %v\n  next: %s", c.order, c.size, got,
				fmt.Sprint("return nil when there are no samples or the size is below 1 (a loop with step 0 never ends)."))
		}
	}
}
