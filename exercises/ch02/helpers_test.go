package ch02

import "math"

// Helpers the tests of this chapter share. They are the tests' own,
// written independently of the exercises, so a test never trusts the code
// it checks.

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

// norm is the Euclidean norm.
func norm(x []float64) float64 {
	var s float64
	for _, v := range x {
		s += v * v
	}
	return math.Sqrt(s)
}
