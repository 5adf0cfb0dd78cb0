// Exercise batches (wrong: counts the batches as (n + size − 1)/size, which overflows for a size near the largest int and gives no batches).
package ch06

// MiniBatches cuts order into consecutive batches of size rows, the last
// one possibly shorter.
func MiniBatches(order []int, size int) [][]int {
	if size < 1 {
		return nil
	}
	count := (len(order) + size - 1) / size
	var batches [][]int
	for k := 0; k < count; k++ {
		end := (k + 1) * size
		if end > len(order) {
			end = len(order)
		}
		batches = append(batches, order[k*size:end])
	}
	return batches
}
