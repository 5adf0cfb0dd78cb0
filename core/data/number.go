package data

import (
	"errors"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// decimal is the one spelling of a number descent reads from a file or a
// flag: an optional sign, digits with an optional point, an optional
// exponent. Go's strconv would also take 1_000, 0x1p-3, Inf and NaN, which
// in a data file are far more likely mistakes than meant.
var decimal = regexp.MustCompile(`^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$`)

// Reasons ParseNumber gives, the same for a CSV cell and a command-line
// flag, so 1e400 reads the same wherever it is typed.
var (
	ErrEmpty       = errors.New("empty")
	ErrNotANumber  = errors.New("not a number")
	ErrNotFinite   = errors.New("not a finite number")
	ErrOutOfRange  = errors.New("out of range (beyond ±1.8e308, the largest float64)")
	errUnderscores = errors.New("not a number (write the digits without _ separators)")
)

// ParseNumber reads one finite decimal number, surrounding spaces allowed.
// Its errors are reasons without the text ("not a number"), for the caller
// to place: `"four" is not a number`, `--lr 1e400: out of range (…)`.
func ParseNumber(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, ErrEmpty
	}
	if !decimal.MatchString(s) {
		switch strings.ToLower(strings.TrimLeft(s, "+-")) {
		case "nan", "inf", "infinity":
			return 0, ErrNotFinite
		}
		if strings.Contains(s, "_") && decimal.MatchString(strings.ReplaceAll(s, "_", "")) {
			return 0, errUnderscores
		}
		return 0, ErrNotANumber
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) {
		// The pattern admits only well-formed numbers, so this is range.
		return 0, ErrOutOfRange
	}
	return v, nil
}
