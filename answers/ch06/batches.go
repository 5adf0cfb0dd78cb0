// Exercise batches: mini-batch index slicing with a last partial batch (answer).
//
// batch k = order[k·size : min((k+1)·size, n)]
package ch06

// MiniBatches cuts order into batches of size, the last one possibly smaller.
func MiniBatches(order []int, size int) [][]int {
	if size < 1 {
		return nil
	}
	var batches [][]int
	for start := 0; start < len(order); start += size {
		batches = append(batches, order[start:min(start+size, len(order))])
	}
	return batches
}
