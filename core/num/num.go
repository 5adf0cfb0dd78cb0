package num

import (
	"math"
	"strconv"
	"strings"
)

// G formats x with four significant digits, like %.4g, in at most 10
// characters: 0.001235, 12.35, 1.235e+06, -1.5e+289. NaN and ±Inf come back
// as "not a number", "+infinity" and "-infinity".
func G(x float64) string { return Sig(x, 4) }

// Sig formats x with the given significant digits (1–17; more asks for
// the shortest form that reads back exactly), switching to exponent form
// where plain digits would be long.
func Sig(x float64, digits int) string {
	if s, bad := nonFinite(x); bad {
		return s
	}
	if digits > 17 {
		digits = -1
	}
	digits = max(digits, -1)
	if digits == 0 {
		digits = 1
	}
	return strconv.FormatFloat(x, 'g', digits, 64)
}

// Fixed formats x with prec digits after the point (like %.*f) while
// |x| < 1e6, and like G beyond, so a runaway value cannot print hundreds
// of digits. Keras prints its logs this way.
func Fixed(x float64, prec int) string {
	if s, bad := nonFinite(x); bad {
		return s
	}
	if math.Abs(x) >= 1e6 || (x != 0 && math.Abs(x) < math.Pow(10, -float64(prec)) && prec > 0 && math.Abs(x) < 1e-4) {
		return G(x)
	}
	return strconv.FormatFloat(x, 'f', prec, 64)
}

// Finite reports whether every value is neither NaN nor ±Inf.
func Finite(xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// Vector formats xs as [a b c] with G.
func Vector(xs []float64) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(G(x))
	}
	b.WriteByte(']')
	return b.String()
}

func nonFinite(x float64) (string, bool) {
	switch {
	case math.IsNaN(x):
		return "not a number", true
	case math.IsInf(x, 1):
		return "+infinity", true
	case math.IsInf(x, -1):
		return "-infinity", true
	}
	return "", false
}
