package data

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// A Dataset is rows of inputs and the matching targets.
type Dataset struct {
	Name     string      // file name or generator name
	Features []string    // the names of X's columns
	Target   string      // the name of Y's column
	X        [][]float64 // X[i] is sample i's inputs
	Y        [][]float64 // Y[i] is sample i's target(s)

	pos []position // where each row's target is in the file; nil for generated data
}

// position is a line and a column (in bytes, from 1) in a file.
type position struct{ line, column int }

// Where says where sample i's target comes from, for messages:
// "data.csv:3:5" (file, line, column) for a file, "dataset xor, row 3"
// for generated data.
func (d *Dataset) Where(i int) string {
	if i >= 0 && i < len(d.pos) {
		return fmt.Sprintf("%s:%d:%d", d.Name, d.pos[i].line, d.pos[i].column)
	}
	return fmt.Sprintf("dataset %s, row %d", d.Name, i+1)
}

// Len is the number of samples.
func (d *Dataset) Len() int { return len(d.X) }

// String summarizes the dataset in one line.
func (d *Dataset) String() string {
	return fmt.Sprintf("%s: %d rows, %d features, target %q", d.Name, len(d.X), len(d.Features), d.Target)
}

// listNames joins names for an error message, eliding the middle of long
// lists. A name a reader could not see as it is (one with a comma, a
// quote, a newline or another control character) is shown quoted, so the
// message stays one line.
func listNames(names []string) string {
	shown := make([]string, len(names))
	for i, n := range names {
		shown[i] = n
		if strings.ContainsAny(n, ",\"") || strings.IndexFunc(n, func(r rune) bool { return !unicode.IsPrint(r) }) >= 0 {
			shown[i] = strconv.Quote(n)
		}
	}
	if len(shown) > 12 {
		return strings.Join(shown[:5], ", ") + ", …, " + strings.Join(shown[len(shown)-5:], ", ")
	}
	return strings.Join(shown, ", ")
}
