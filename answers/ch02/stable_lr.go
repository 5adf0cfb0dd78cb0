// Exercise stable_lr: the largest stable learning rate of a quadratic (answer).
//
// η < 2/L,  L = (a + c)/2 + √( ((a − c)/2)² + b² )
package ch02

import "math"

// MaxStableLR returns 2/L for the Hessian [[a b] [b c]], or +Inf if L ≤ 0.
func MaxStableLR(a, b, c float64) float64 {
	L := (a+c)/2 + math.Hypot((a-c)/2, b)
	if L <= 0 {
		return math.Inf(1)
	}
	return 2 / L
}
