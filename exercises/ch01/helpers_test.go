package ch01

import "math"

// Reference implementations the tests of this chapter share. They are the
// tests' own, written independently of the exercises, so a test never
// trusts the code it checks.

// refLSE is log Σⱼ exp(zⱼ), shifted by the largest logit.
func refLSE(z []float64) float64 {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	var s float64
	for _, v := range z {
		s += math.Exp(v - m)
	}
	return m + math.Log(s)
}

// refSoftmax is exp(zⱼ − LSE(z)).
func refSoftmax(z []float64) []float64 {
	lse := refLSE(z)
	p := make([]float64, len(z))
	for j, v := range z {
		p[j] = math.Exp(v - lse)
	}
	return p
}

// refCE is the cross-entropy −Σⱼ yⱼ·log softmax(z)ⱼ = Σⱼ yⱼ·(LSE(z) − zⱼ).
func refCE(z, y []float64) float64 {
	lse := refLSE(z)
	var s float64
	for j, v := range z {
		s += y[j] * (lse - v)
	}
	return s
}

// refNumericGrad estimates ∇f at x by central differences with step h,
// on a copy of x.
func refNumericGrad(f func([]float64) float64, x []float64, h float64) []float64 {
	x = append([]float64(nil), x...)
	g := make([]float64, len(x))
	for i := range x {
		xi := x[i]
		x[i] = xi + h
		plus := f(x)
		x[i] = xi - h
		minus := f(x)
		x[i] = xi
		g[i] = (plus - minus) / (2 * h)
	}
	return g
}

// allClose reports whether got and want have the same length and agree
// within tol (relative for large values, absolute near zero).
func allClose(got, want []float64, tol float64) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if !(math.Abs(got[i]-want[i]) <= tol*math.Max(1, math.Abs(want[i]))) {
			return false
		}
	}
	return true
}
