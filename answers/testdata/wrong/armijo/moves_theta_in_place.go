// Exercise armijo (wrong: builds each trial point in theta itself and undoes it afterwards).
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
	f0 := f(theta)
	t := t0
	for range 60 {
		for i := range theta {
			theta[i] += t * dir[i]
		}
		ok := f(theta) <= f0+c*t*slope
		for i := range theta {
			theta[i] -= t * dir[i]
		}
		if ok {
			return t
		}
		t *= shrink
	}
	return 0
}
