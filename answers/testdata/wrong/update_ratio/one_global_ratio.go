// Exercise update_ratio (wrong: one ratio over all the weights, repeated for every layer).
package ch06

import "math"

// UpdateRatios returns ‖w′ − w‖/‖w‖ once per layer.
func UpdateRatios(before, after []float64, sizes []int) []float64 {
	total := 0
	for _, s := range sizes {
		total += s
	}
	if len(before) != len(after) || total != len(before) {
		return nil
	}
	var moved, scale float64
	for i := range before {
		moved += (after[i] - before[i]) * (after[i] - before[i])
		scale += before[i] * before[i]
	}
	ratios := make([]float64, len(sizes))
	for l := range ratios {
		if scale > 0 {
			ratios[l] = math.Sqrt(moved / scale)
		} else if moved > 0 {
			ratios[l] = math.Inf(1)
		}
	}
	return ratios
}
