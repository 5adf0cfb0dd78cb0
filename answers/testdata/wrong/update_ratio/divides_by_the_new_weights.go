// Exercise update_ratio (wrong: divides by the norm of the weights after the step).
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
		var moved, scale, was float64
		for i := start; i < start+size; i++ {
			moved += (after[i] - before[i]) * (after[i] - before[i])
			scale += after[i] * after[i]
			was += before[i] * before[i]
		}
		switch {
		case was > 0:
			ratios[l] = math.Sqrt(moved / scale)
		case moved > 0:
			ratios[l] = math.Inf(1)
		}
		start += size
	}
	return ratios
}
