// Exercise stable_lr: the largest stable learning rate of a quadratic (wrong: 2 over the largest diagonal entry, ignoring the coupling).
package ch02

import "math"

// MaxStableLR returns the largest stable learning rate of gradient descent
// on ½·θᵀHθ: a positive number, +Inf if every rate is stable, 0 if none is.
func MaxStableLR(H [][]float64) float64 {
	hi, lo := math.Inf(-1), math.Inf(1)
	for i := range H {
		hi, lo = math.Max(hi, H[i][i]), math.Min(lo, H[i][i])
	}
	_ = symmetricEigenvalues
	switch {
	case lo < 0:
		return 0
	case hi <= 0:
		return math.Inf(1)
	}
	return 2 / hi
}

// symmetricEigenvalues returns the eigenvalues of a symmetric matrix by
// cyclic Jacobi rotations: each rotation zeroes one off-diagonal pair and
// keeps the eigenvalues, until the matrix is diagonal to rounding.
func symmetricEigenvalues(H [][]float64) []float64 {
	n := len(H)
	a := make([][]float64, n)
	for i := range H {
		a[i] = append([]float64(nil), H[i]...)
	}
	for sweep := 0; sweep < 100; sweep++ {
		var off float64
		for i := range n {
			for j := i + 1; j < n; j++ {
				off += a[i][j] * a[i][j]
			}
		}
		if off < 1e-30 {
			break
		}
		for p := range n {
			for q := p + 1; q < n; q++ {
				if a[p][q] == 0 {
					continue
				}
				// The angle that zeroes a[p][q]: tan 2φ = 2a_pq/(a_qq − a_pp).
				theta := (a[q][q] - a[p][p]) / (2 * a[p][q])
				t := math.Copysign(1, theta) / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := range n { // columns p and q
					akp, akq := a[k][p], a[k][q]
					a[k][p], a[k][q] = c*akp-s*akq, s*akp+c*akq
				}
				for k := range n { // rows p and q
					apk, aqk := a[p][k], a[q][k]
					a[p][k], a[q][k] = c*apk-s*aqk, s*apk+c*aqk
				}
			}
		}
	}
	eig := make([]float64, n)
	for i := range n {
		eig[i] = a[i][i]
	}
	return eig
}
