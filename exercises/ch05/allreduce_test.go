package ch05

import (
	"fmt"
	"testing"

	"descent/exercises/internal/expect"
)

func TestAverageGradients(t *testing.T) {
	cases := []struct {
		workers [][]float64
		want    []float64
	}{
		{[][]float64{{1, 2}, {3, 4}}, []float64{2, 3}},
		{[][]float64{{1, -1, 0}, {1, 1, 0}, {4, 0, 3}}, []float64{2, 0, 1}},
		{[][]float64{{5, 6}}, []float64{5, 6}},
		{[][]float64{{}, {}}, []float64{}},
	}
	for _, c := range cases {
		got, err := AverageGradients(c.workers)
		call := fmt.Sprintf("AverageGradients(%v)", c.workers)
		if err != nil {
			t.Errorf("%s\n  expected %s\n  got      error %q\n  next: only fail when there are no workers or the lengths differ.", call, expect.Format(c.want), err)
			continue
		}
		expect.Floats(t, call, got, c.want, 1e-12,
			"add the workers' gradients coordinate by coordinate into a new slice, then divide each sum by the number of workers.")
	}
	workers := [][]float64{{1, 2}, {3, 4}}
	AverageGradients(workers)
	expect.Floats(t, "worker 0's gradient after AverageGradients", workers[0], []float64{1, 2}, 0,
		"sum into a fresh slice: a worker's own gradient is not yours to change.")
}

func TestAverageGradientsRefusesBadInput(t *testing.T) {
	for _, workers := range [][][]float64{
		nil,
		{{1, 2}, {3}},
		{{1}, {2}, {3, 4}},
	} {
		got, err := AverageGradients(workers)
		if err == nil {
			t.Errorf("AverageGradients(%v)\n  expected an error\n  got      %s and no error\n  next: check there is at least one worker and that every len(workers[k]) equals len(workers[0]).", workers, expect.Format(got))
		}
	}
}
