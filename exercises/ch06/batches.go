// Exercise batches: mini-batch index slicing with a last partial batch.
//
// Read first: chapter 06-faq, "Batch size and mini-batches".
//
// An epoch visits the samples in some order (usually a fresh shuffle) and
// cuts that order into consecutive batches of size samples. When the size
// does not divide the count, the last batch is smaller; it is kept, not
// dropped (Keras' default), so every sample is used once per epoch:
//
//	10 samples, size 4  →  [0 1 2 3] [4 5 6 7] [8 9]
//
// Batch k is order[k·size : min((k+1)·size, n)]. No samples gives no
// batches, and a size below 1 makes no sense: return nil for it.
//
// Check it with: descent check batches
package ch06

// MiniBatches cuts order into batches of size, the last one possibly smaller.
func MiniBatches(order []int, size int) [][]int {
	// TODO: step start = 0, size, 2·size, … while start < len(order);
	// append order[start:min(start+size, len(order))].
	return nil
}
