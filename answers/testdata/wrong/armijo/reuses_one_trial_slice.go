// Exercise armijo: a backtracking line search on the Armijo condition
// (wrong: builds every trial point in one slice, so a point f kept is overwritten by the next trial).
//
// f(θ + t·d) ≤ f(θ) + c·t·∇f·d, with t = t₀, ρ·t₀, ρ²·t₀, …
package ch03

// ArmijoStep returns the first step size t = t0, t0·shrink, t0·shrink², …
// that satisfies the Armijo condition from theta along dir, given the
// gradient grad of f at theta, or 0.
func ArmijoStep(f func(x []float64) float64, theta, grad, dir []float64, t0, shrink, c float64) float64 {
	var slope float64
	for i := range grad {
		slope += grad[i] * dir[i]
	}
	if slope >= 0 {
		return 0
	}
	f0 := f(append([]float64(nil), theta...))
	trial := make([]float64, len(theta))
	t := t0
	for range 60 {
		for i := range theta {
			trial[i] = theta[i] + t*dir[i]
		}
		if f(trial) <= f0+c*t*slope {
			return t
		}
		t *= shrink
	}
	return 0
}
