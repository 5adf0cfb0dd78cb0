// Exercise choose_lr: read the fastest learning rate off the Hessian (wrong: returns 1/L, stable but twice as slow when κ is large).
//
// H = (2/n)·XᵀX with X = [1 x], constant in θ; the error along an
// eigenvector of H is multiplied by 1 − ηλ each step, and the worst factor
// max(|1 − ημ|, |1 − ηL|) is smallest at η = 2/(μ + L).
package ch04

import "math"

// ChooseLR returns the learning rate for gradient descent on the points x.
func ChooseLR(x []float64) float64 {
	n := float64(len(x))
	var sx, sxx float64
	for _, v := range x {
		sx += v
		sxx += v * v
	}
	// H = (2/n)·[[n, Σx], [Σx, Σx²]]
	a, b, d := 2.0, 2*sx/n, 2*sxx/n
	mid, half := (a+d)/2, math.Hypot((a-d)/2, b)
	mu, L := mid-half, mid+half
	_ = mu
	return 1 / L
}
