// Exercise batches: cut one epoch's order of rows into mini-batches (answer).
//
// batch k = order[k·size : min((k+1)·size, n)],  k = 0 … ⌈n/size⌉ − 1
package ch06

// MiniBatches cuts order into consecutive batches of size rows, the last
// one possibly shorter.
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
