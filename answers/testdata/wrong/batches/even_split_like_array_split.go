// Exercise batches (wrong: splits into ⌈n/size⌉ batches of nearly equal length, as numpy's array_split does, instead of full batches and one short one).
package ch06

// MiniBatches cuts order into consecutive batches of size rows, the last
// one possibly shorter.
func MiniBatches(order []int, size int) [][]int {
	if size < 1 || len(order) == 0 {
		return nil
	}
	k := (len(order) + size - 1) / size
	var batches [][]int
	start := 0
	for b := range k {
		length := len(order) / k
		if b < len(order)%k {
			length++
		}
		batches = append(batches, order[start:start+length])
		start += length
	}
	return batches
}
