// Exercise allreduce: averaging gradients from several workers.
//
// Read first: chapter 05-future-trends, "Distributed optimization".
//
// In data-parallel training each of K workers computes the gradient on its
// own shard of the batch, and an all-reduce combines them. When the shards
// are the same size, the full batch's gradient is the average:
//
//	g = (1/K) · Σₖ g⁽ᵏ⁾
//
// Every worker must send a gradient of the same length; if one does not, or
// there are no workers at all, return an error rather than a wrong average.
// Do not change the workers' slices.
//
// Check it with: descent check allreduce
package ch05

import "errors"

// AverageGradients returns the coordinate-wise mean of the workers' gradients.
func AverageGradients(workers [][]float64) ([]float64, error) {
	// TODO: return an error (errors.New) for no workers or mismatched
	// lengths; otherwise sum coordinate by coordinate and divide by K.
	_ = errors.New // keeps the import until your code uses it
	return nil, nil
}
