// Exercise batches (wrong: counts n/size + 1 batches, so an exact division ends with an empty batch).
package ch06

// MiniBatches cuts order into consecutive batches of size rows.
func MiniBatches(order []int, size int) [][]int {
	if size < 1 || len(order) == 0 {
		return nil
	}
	var batches [][]int
	for k := 0; k < len(order)/size+1; k++ {
		batches = append(batches, order[k*size:min((k+1)*size, len(order))])
	}
	return batches
}
