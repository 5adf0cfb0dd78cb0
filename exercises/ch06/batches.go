// Exercise batches: cut one epoch's order of rows into mini-batches.
//
// Read first: chapter 06-faq, "Batch size and mini-batches".
//
// An epoch visits the rows of the training set in some order, usually a
// fresh shuffle, and trains on consecutive runs of that order: the first
// size rows of the order, then the next size, and so on. When size does
// not divide the number of rows n, the last batch is shorter (n mod size
// rows). It is kept, as Keras and PyTorch do by default, so that every row
// is trained on exactly once per epoch:
//
//	n = 10, size = 4:   order 3 7 0 9 1 8 2 6 4 5
//	                    batches [3 7 0 9] [1 8 2 6] [4 5]
//
// Contract: the batches hold the values of order (row numbers), in order;
// there are ⌈n/size⌉ of them. No rows give no batches. A size below 1
// describes no batching at all: return nil for it rather than loop
// forever. The batches may share memory with order, as slices of it do;
// order itself must not change.
//
// Check it with: go run . check batches   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch06

// MiniBatches cuts order into consecutive batches of size rows, the last
// one possibly shorter.
func MiniBatches(order []int, size int) [][]int {
	// TODO: the batches, in order, with the short one at the end.
	return nil
}
