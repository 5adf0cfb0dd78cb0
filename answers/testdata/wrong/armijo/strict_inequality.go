// Exercise armijo: a backtracking line search on the Armijo condition
// (wrong: accepts only a strict decrease below the bound, f(θ + t·d) < f(θ) + c·t·∇f·d).
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
	t := t0
	for range 60 {
		trial := make([]float64, len(theta))
		for i := range theta {
			trial[i] = theta[i] + t*dir[i]
		}
		if f(trial) < f0+c*t*slope {
			return t
		}
		t *= shrink
	}
	return 0
}
