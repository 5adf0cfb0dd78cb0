package expect

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/harness"
)

// fail reports a failure to the test and to descent's checker.
func fail(t testing.TB, msg string) {
	t.Helper()
	harness.Note(t, msg)
	t.Error(msg)
}

// Close reports whether got is within tol of want, relatively for large
// values and absolutely near zero. NaN is never close to anything, and ±Inf
// is close only to itself.
func Close(got, want, tol float64) bool {
	if math.IsNaN(got) || math.IsNaN(want) {
		return false
	}
	if math.IsInf(want, 0) || math.IsInf(got, 0) {
		return got == want
	}
	return math.Abs(got-want) <= tol*math.Max(1, math.Abs(want))
}

// Float fails t unless got is close to want. call describes what was
// computed, e.g. "MSE([1 2], [1 3])"; next is the thing to try.
func Float(t testing.TB, call string, got, want, tol float64, next string) bool {
	t.Helper()
	if Close(got, want, tol) {
		return true
	}
	fail(t, fmt.Sprintf("%s\n  expected %.6g\n  got      %.6g\n  next: %s", call, want, got, next))
	return false
}

// Floats fails t unless got has want's length and every element is close.
// It never indexes past the end of got, so a stub cannot make a test panic.
func Floats(t testing.TB, call string, got, want []float64, tol float64, next string) bool {
	t.Helper()
	if len(got) != len(want) {
		fail(t, fmt.Sprintf("%s\n  expected %d values: %s\n  got      %d values: %s\n  next: %s",
			call, len(want), Format(want), len(got), Format(got), next))
		return false
	}
	for i := range want {
		if !Close(got[i], want[i], tol) {
			fail(t, fmt.Sprintf("%s\n  expected %s\n  got      %s\n  (first difference at index %d)\n  next: %s",
				call, Format(want), Format(got), i, next))
			return false
		}
	}
	return true
}

// Finite fails t if v is NaN or ±Inf.
func Finite(t testing.TB, call string, v float64, next string) bool {
	t.Helper()
	if math.IsNaN(v) || math.IsInf(v, 0) {
		fail(t, fmt.Sprintf("%s\n  expected a finite number\n  got      %v\n  next: %s", call, v, next))
		return false
	}
	return true
}

// Format prints a slice compactly: [1 2.5 -3].
func Format(xs []float64) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("%.6g", x)
	}
	return s + "]"
}

// Copy returns a fresh copy, so a test can pass a slice to the learner's
// code and still compare against the original.
func Copy(xs []float64) []float64 { return append([]float64(nil), xs...) }

// Failf reports a failure in words of the test's own choosing. Exercise
// tests report every failure through this package (Float, Floats, Finite,
// Failf, Fatalf), never with t.Errorf directly: the checker takes a
// failure's message from here, so what a learner's code prints can never
// pose as a test's verdict.
func Failf(t testing.TB, format string, a ...any) {
	t.Helper()
	fail(t, fmt.Sprintf(format, a...))
}

// Fatalf is Failf, then stops the test: for when going on would only
// repeat the same failure or index past the end of a slice.
func Fatalf(t testing.TB, format string, a ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, a...)
	harness.Note(t, msg)
	t.Fatal(msg)
}
