// Exercise armijo (wrong: evaluates f(θ) again at every trial, twice the calls).
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
	t := t0
	for range 60 {
		trial := make([]float64, len(theta))
		for i := range theta {
			trial[i] = theta[i] + t*dir[i]
		}
		if f(trial) <= f(append([]float64(nil), theta...))+c*t*slope {
			return t
		}
		t *= shrink
	}
	return 0
}
