// Exercise allreduce (wrong: skips empty shards before checking their length, so a broken worker that sends the wrong number of values goes unnoticed when its shard is empty).
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
	d := -1
	total := 0
	for k, g := range means {
		if sizes[k] < 0 {
			return nil, fmt.Errorf("worker %d reports a shard of %d rows", k, sizes[k])
		}
		if sizes[k] == 0 {
			continue
		}
		if d < 0 {
			d = len(g)
		}
		if len(g) != d {
			return nil, fmt.Errorf("worker %d sent %d values, expected %d", k, len(g), d)
		}
		total += sizes[k]
	}
	if total == 0 {
		return nil, errors.New("every shard is empty")
	}
	combined := make([]float64, d)
	for k, g := range means {
		if sizes[k] == 0 {
			continue
		}
		for j, v := range g {
			combined[j] += float64(sizes[k]) / float64(total) * v
		}
	}
	return combined, nil
}
