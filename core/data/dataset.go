package data

import (
	"fmt"
	"strings"
)

// A Dataset is rows of inputs and the matching targets.
type Dataset struct {
	Name     string      // file name or generator name
	Features []string    // the names of X's columns
	Target   string      // the name of Y's column
	X        [][]float64 // X[i] is sample i's inputs
	Y        [][]float64 // Y[i] is sample i's target(s)
}

// Len is the number of samples.
func (d *Dataset) Len() int { return len(d.X) }

// String summarizes the dataset in one line.
func (d *Dataset) String() string {
	return fmt.Sprintf("%s: %d rows, %d features, target %q", d.Name, len(d.X), len(d.Features), d.Target)
}

// listNames joins names for an error message, eliding the middle of long lists.
func listNames(names []string) string {
	if len(names) > 12 {
		return strings.Join(names[:5], ", ") + ", …, " + strings.Join(names[len(names)-5:], ", ")
	}
	return strings.Join(names, ", ")
}
