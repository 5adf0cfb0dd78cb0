// Exercise update_ratio (wrong: only checks that after is long enough to index, so an after longer than before is accepted).
package ch06

import "math"

// UpdateRatios returns ‖w′ℓ − wℓ‖/‖wℓ‖ for each layer ℓ of the flat
// weights before and after one step, split by sizes.
func UpdateRatios(before, after []float64, sizes []int) []float64 {
	total := 0
	for _, s := range sizes {
		total += s
	}
	if total != len(before) || len(after) < len(before) {
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
		switch {
		case scale > 0:
			ratios[l] = math.Sqrt(moved / scale)
		case moved > 0:
			ratios[l] = math.Inf(1)
		}
		start += size
	}
	return ratios
}
