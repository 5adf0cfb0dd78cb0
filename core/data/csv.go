package data

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// LoadCSV reads a CSV file with a header row. The column named target
// becomes Y and every other column X; an empty target means the last
// column. Every cell must be a finite number.
func LoadCSV(path, target string) (*Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCSV(f, filepath.Base(path), target)
}

// ReadCSV is LoadCSV on a reader; name labels it in errors, which read
// "name:line: what is wrong".
func ReadCSV(r io.Reader, name, target string) (*Dataset, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1 // ragged rows are reported below, with their line
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: empty file (expected a header row, then rows of numbers)", name)
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	for i := range header {
		header[i] = strings.TrimSpace(header[i])
	}
	header[0] = strings.TrimPrefix(header[0], "\ufeff") // the byte-order mark spreadsheets write
	col := len(header) - 1
	if target != "" {
		col = slices.Index(header, target)
		if col < 0 {
			return nil, fmt.Errorf("%s:1: no column %q (columns: %s)", name, target, listNames(header))
		}
	}
	if len(header) < 2 {
		return nil, fmt.Errorf("%s:1: needs at least two columns, one feature and the target; found %d", name, len(header))
	}
	d := &Dataset{Name: name, Target: header[col]}
	for i, h := range header {
		if i != col {
			d.Features = append(d.Features, h)
		}
	}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		if len(rec) != len(header) {
			return nil, fmt.Errorf("%s:%d: row has %d values, the header has %d columns", name, line, len(rec), len(header))
		}
		x := make([]float64, 0, len(rec)-1)
		var y float64
		for i, cell := range rec {
			v, err := parseCell(cell)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: column %q: %v", name, line, header[i], err)
			}
			if i == col {
				y = v
			} else {
				x = append(x, v)
			}
		}
		d.X = append(d.X, x)
		d.Y = append(d.Y, []float64{y})
	}
	if len(d.X) == 0 {
		return nil, fmt.Errorf("%s: no data rows after the header", name)
	}
	return d, nil
}

// parseCell reads one finite number.
func parseCell(cell string) (float64, error) {
	s := strings.TrimSpace(cell)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if s == "" {
			return 0, errors.New("empty cell")
		}
		return 0, fmt.Errorf("%q is not a number", s)
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%q is not a finite number", s)
	}
	return v, nil
}

// csvError turns encoding/csv's errors into "name:line: reason".
func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d: %v", name, pe.Line, pe.Err)
	}
	return fmt.Errorf("%s: %v", name, err)
}
