// Exercise stable_lr: the largest stable learning rate of a quadratic (wrong: power iteration started from (1, 1, …, 1), which has no component along some eigenvectors).
//
// Along the eigenvector of λᵢ a step multiplies θ by 1 − η·λᵢ, so η is
// stable iff |1 − η·λᵢ| ≤ 1 for every i: with every λᵢ ≥ 0 that is
// η ≤ 2/λ_max (+Inf when all are 0); with any λᵢ < 0 no η > 0 is.
package ch02

import "math"

// MaxStableLR returns the largest stable learning rate of gradient descent
// on ½·θᵀHθ: a positive number, +Inf if every rate is stable, 0 if none is.
func MaxStableLR(H [][]float64) float64 {
	// The dominant eigenvalue (largest |λ|), by power iteration.
	rho := dominant(H, 0)
	if math.Abs(rho) < 1e-9 {
		return math.Inf(1)
	}
	// Shifted by |ρ|, the dominant eigenvalue of |ρ|·I − H is |ρ| − λ_min.
	lmin := math.Abs(rho) - dominant(H, math.Abs(rho))
	if lmin < -1e-9 || rho < 0 {
		return 0
	}
	return 2 / rho
}

// dominant returns the dominant eigenvalue of shift·I − H (of H when shift
// is 0, with the sign flipped back), by 2000 power iterations from ones.
func dominant(H [][]float64, shift float64) float64 {
	n := len(H)
	v := make([]float64, n)
	for i := range v {
		v[i] = 1 / math.Sqrt(float64(n))
	}
	apply := func(x []float64) []float64 {
		y := make([]float64, n)
		for i := range n {
			y[i] = shift * x[i]
			for j := range n {
				y[i] -= H[i][j] * x[j]
			}
		}
		if shift == 0 {
			for i := range y {
				y[i] = -y[i]
			}
		}
		return y
	}
	var lambda float64
	for range 2000 {
		w := apply(v)
		lambda = 0
		var norm float64
		for i := range w {
			lambda += v[i] * w[i]
			norm += w[i] * w[i]
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			return 0
		}
		for i := range w {
			v[i] = w[i] / norm
		}
	}
	return lambda
}
