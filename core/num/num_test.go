package num

import (
	"math"
	"testing"
)

func TestFormatsStayShort(t *testing.T) {
	cases := []struct {
		got, want string
	}{
		{G(1.5e289), "1.5e+289"},
		{G(-1.5e289), "-1.5e+289"},
		{G(0.0012345), "0.001234"},
		{G(12.345678), "12.35"},
		{G(1234567), "1.235e+06"},
		{G(0), "0"},
		{G(math.NaN()), "not a number"},
		{G(math.Inf(1)), "+infinity"},
		{G(math.Inf(-1)), "-infinity"},
		{Fixed(0.65351234, 4), "0.6535"},
		{Fixed(1.5e289, 4), "1.5e+289"},
		{Fixed(3e-9, 4), "3e-09"},
		{Fixed(0, 4), "0.0000"},
		{Fixed(-12.5, 2), "-12.50"},
		{Vector([]float64{1, 2.5, -3e10}), "[1 2.5 -3e+10]"},
		{Sig(math.Pi, 1), "3"},
		{Sig(math.Pi, 40), "3.141592653589793"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestNoFormatExceedsTwelveCharacters(t *testing.T) {
	for _, x := range []float64{1e300, -1e300, 5e-324, -5e-324, 123456.789, 0.1 + 0.2, math.MaxFloat64, -math.SmallestNonzeroFloat64} {
		for _, s := range []string{G(x), Fixed(x, 4), Fixed(x, 2)} {
			if len(s) > 12 {
				t.Errorf("%v formatted as %q (%d characters)", x, s, len(s))
			}
		}
	}
}

func TestFinite(t *testing.T) {
	if !Finite(1, 2, -3) || Finite(1, math.NaN()) || Finite(math.Inf(-1)) || !Finite() {
		t.Error("Finite is wrong")
	}
}
