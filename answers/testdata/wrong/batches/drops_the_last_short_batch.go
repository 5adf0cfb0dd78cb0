// Exercise batches (wrong: drops the last, shorter batch, as drop_last=True would).
package ch06

// MiniBatches cuts order into consecutive batches of size rows.
func MiniBatches(order []int, size int) [][]int {
	if size < 1 {
		return nil
	}
	var batches [][]int
	for start := 0; start+size <= len(order); start += size {
		batches = append(batches, order[start:start+size])
	}
	return batches
}
