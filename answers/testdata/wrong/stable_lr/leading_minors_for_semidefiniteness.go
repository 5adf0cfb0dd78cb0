// Exercise stable_lr: the largest stable learning rate of a quadratic (wrong: tests for a negative eigenvalue by the signs of the leading principal minors, Sylvester's test for definiteness, which does not decide semidefiniteness).
//
// Along the eigenvector of λᵢ a step multiplies θ by 1 − η·λᵢ, so η is
// stable iff |1 − η·λᵢ| ≤ 1 for every i: with every λᵢ ≥ 0 that is
// η ≤ 2/λ_max (+Inf when all are 0); with any λᵢ < 0 no η > 0 is.
package ch02

import "math"

// MaxStableLR returns the largest stable learning rate of gradient descent
// on ½·θᵀHθ: a positive number, +Inf if every rate is stable, 0 if none is.
func MaxStableLR(H [][]float64) float64 {
	n := len(H)
	var scale float64
	for _, row := range H {
		for _, v := range row {
			scale = math.Max(scale, math.Abs(v))
		}
	}
	zero := 1e-9 * scale
	for k := 1; k <= n; k++ {
		if det(H, k) < -zero*math.Pow(scale, float64(k-1)) {
			return 0
		}
	}
	hi := math.Inf(-1)
	for _, v := range symmetricEigenvalues(H) {
		hi = math.Max(hi, v)
	}
	if hi <= zero {
		return math.Inf(1)
	}
	return 2 / hi
}

// det returns the determinant of the leading k×k block of H, by Gaussian
// elimination with partial pivoting.
func det(H [][]float64, k int) float64 {
	a := make([][]float64, k)
	for i := range k {
		a[i] = append([]float64(nil), H[i][:k]...)
	}
	d := 1.0
	for c := range k {
		p := c
		for r := c + 1; r < k; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return 0
		}
		if p != c {
			a[p], a[c] = a[c], a[p]
			d = -d
		}
		d *= a[c][c]
		for r := c + 1; r < k; r++ {
			f := a[r][c] / a[c][c]
			for j := c; j < k; j++ {
				a[r][j] -= f * a[c][j]
			}
		}
	}
	return d
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
