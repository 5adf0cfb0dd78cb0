// Exercise batches (wrong: fills the batches with positions 0, 1, 2, … instead of the rows of order).
package ch06

// MiniBatches cuts order into consecutive batches of size rows.
func MiniBatches(order []int, size int) [][]int {
	if size < 1 {
		return nil
	}
	var batches [][]int
	for start := 0; start < len(order); start += size {
		var b []int
		for i := start; i < min(start+size, len(order)); i++ {
			b = append(b, i)
		}
		batches = append(batches, b)
	}
	return batches
}
