// Wrong solution for allreduce: weighted by shard size, but an empty shard's NaN is multiplied by 0.
package ch05

import (
	"errors"
	"fmt"
)

// CombineGradients returns the mean gradient over the whole batch, from
// each worker's mean gradient and shard size.
func CombineGradients(means [][]float64, sizes []int) ([]float64, error) {
	if len(means) == 0 || len(means) != len(sizes) {
		return nil, errors.New("need at least one worker, and one shard size per worker")
	}
	d := len(means[0])
	total := 0
	for k, g := range means {
		if sizes[k] < 0 {
			return nil, fmt.Errorf("worker %d reports a shard of %d rows", k, sizes[k])
		}
		if len(g) != d {
			return nil, fmt.Errorf("worker %d sent %d values, worker 0 sent %d", k, len(g), d)
		}
		total += sizes[k]
	}
	if total == 0 {
		return nil, errors.New("every shard is empty: the batch has no gradient")
	}
	combined := make([]float64, d)
	for k, g := range means {
		share := float64(sizes[k]) / float64(total)
		for j, v := range g {
			combined[j] += share * v
		}
	}
	return combined, nil
}
