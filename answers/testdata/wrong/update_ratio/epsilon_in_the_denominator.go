// Exercise update_ratio (wrong: divides by ‖w‖ + 1e-12 to avoid dividing by zero, so a zero layer that moved gets a huge finite ratio instead of +Inf).
package ch06

import "math"

// UpdateRatios returns ‖w′ℓ − wℓ‖/‖wℓ‖ for each layer ℓ of the flat
// weights before and after one step, split by sizes.
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
		ratios[l] = math.Sqrt(moved) / (math.Sqrt(scale) + 1e-12)
		start += size
	}
	return ratios
}
