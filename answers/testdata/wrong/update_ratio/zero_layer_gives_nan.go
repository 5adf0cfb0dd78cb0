// Exercise update_ratio (wrong: divides 0 by 0 for a zero layer that did not move, giving NaN).
package ch06

import "math"

// UpdateRatios returns one ratio per layer.
func UpdateRatios(before, after []float64, sizes []int) []float64 {
	total := 0
	for _, s := range sizes {
		total += s
	}
	if len(before) != len(after) || total != len(before) {
		return nil
	}
	ratios := make([]float64, len(sizes))
	start := 0
	for l, size := range sizes {
		var moved, scale float64
		for i := start; i < start+size; i++ {
			moved += (after[i] - before[i]) * (after[i] - before[i])
			scale += before[i] * before[i]
		}
		ratios[l] = math.Sqrt(moved) / math.Sqrt(scale)
		start += size
	}
	return ratios
}
