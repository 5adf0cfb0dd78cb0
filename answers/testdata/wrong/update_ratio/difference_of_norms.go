// Exercise update_ratio (wrong: (‖w′‖ − ‖w‖)/‖w‖, the change of the norm instead of the norm of the change).
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
		var now, was float64
		for i := start; i < start+size; i++ {
			now += after[i] * after[i]
			was += before[i] * before[i]
		}
		switch {
		case was > 0:
			ratios[l] = math.Abs(math.Sqrt(now)-math.Sqrt(was)) / math.Sqrt(was)
		case now > 0:
			ratios[l] = math.Inf(1)
		}
		start += size
	}
	return ratios
}
