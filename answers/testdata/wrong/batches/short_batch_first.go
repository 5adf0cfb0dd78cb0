// Exercise batches (wrong: puts the short batch first, cutting full batches from the end of the order).
package ch06

// MiniBatches cuts order into consecutive batches of size rows, the last
// one possibly shorter.
func MiniBatches(order []int, size int) [][]int {
	if size < 1 {
		return nil
	}
	var batches [][]int
	start := len(order) % size
	if start > 0 {
		batches = append(batches, order[:start])
	}
	for ; start < len(order); start += size {
		batches = append(batches, order[start:start+size])
	}
	return batches
}
