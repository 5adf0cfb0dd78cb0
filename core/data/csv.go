package data

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Limits on what LoadCSV reads, so a wrong file (a device, a log, a
// binary) fails in a second with a clear line instead of filling memory.
// They allow a CSV of 256 MiB: a million rows of twenty columns.
const (
	MaxCSVBytes  = 256 << 20
	MaxLineBytes = 1 << 20
	MaxColumns   = 10_000
	// MaxValues bounds rows × columns: 20 million numbers are 160 MB.
	MaxValues = 20_000_000
)

// limits are the bounds one read enforces; tests shrink them.
type limits struct {
	bytes, lineBytes int64
	rows, values     int
}

var defaultLimits = limits{bytes: MaxCSVBytes, lineBytes: MaxLineBytes, rows: MaxRows, values: MaxValues}

// LoadCSV reads a CSV file with a header row. The column named target
// becomes Y and every other column X; an empty target means the last
// column. Every header name must be present and unique, every cell a
// finite decimal number (see ParseNumber). Errors read
// "path:line:column: what is wrong", like a compiler's.
//
// A file that is not a regular one (a pipe, /dev/stdin) is read too, up to
// the same limits.
func LoadCSV(path, target string) (*Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s: %v", path, pe.Err)
		}
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a CSV file", path)
	}
	return readCSV(f, path, target, defaultLimits)
}

// ReadCSV is LoadCSV on a reader; name labels it in errors.
func ReadCSV(r io.Reader, name, target string) (*Dataset, error) {
	return readCSV(r, name, target, defaultLimits)
}

var (
	errLineTooLong = errors.New("line too long")
	errTooBig      = errors.New("file too big")
)

// boundedReader stops a read that passes the limits, and counts lines so
// the error can say where.
type boundedReader struct {
	r           io.Reader
	lim         limits
	total, line int64 // bytes read, and bytes since the last newline
	lines       int   // newlines read
}

func (b *boundedReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.total += int64(n)
	for rest := p[:n]; len(rest) > 0; {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			b.line += int64(len(rest))
			break
		}
		if b.line += int64(i); b.line > b.lim.lineBytes {
			return 0, errLineTooLong
		}
		b.lines++
		b.line = 0
		rest = rest[i+1:]
	}
	if b.line > b.lim.lineBytes {
		return 0, errLineTooLong
	}
	if b.total > b.lim.bytes {
		return 0, errTooBig
	}
	return n, err
}

func readCSV(r io.Reader, name, target string, lim limits) (*Dataset, error) {
	br := &boundedReader{r: r, lim: lim}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1 // ragged rows are reported below, with their line
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	readErr := func(err error) error {
		var pe *csv.ParseError
		switch {
		case errors.Is(err, errLineTooLong):
			return fmt.Errorf("%s:%d: a line longer than %s; is this a CSV file?", name, br.lines+1, size(lim.lineBytes))
		case errors.Is(err, errTooBig):
			return fmt.Errorf("%s: larger than %s, the most descent reads from a CSV file", name, size(lim.bytes))
		case errors.As(err, &pe):
			return fmt.Errorf("%s:%d:%d: %v", name, pe.Line, pe.Column, pe.Err)
		}
		return fmt.Errorf("%s: %v", name, err)
	}
	rec, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: empty file (expected a header row, then rows of numbers)", name)
	}
	if err != nil {
		return nil, readErr(err)
	}
	header := make([]string, len(rec))
	for i := range rec {
		header[i] = strings.TrimSpace(rec[i])
	}
	header[0] = strings.TrimPrefix(header[0], "\ufeff") // the byte-order mark spreadsheets write
	if len(header) > MaxColumns {
		return nil, fmt.Errorf("%s:1: %d columns; descent reads at most %d", name, len(header), MaxColumns)
	}
	firstUse := map[string]int{}
	for i, h := range header {
		line, col := cr.FieldPos(i)
		if h == "" {
			return nil, fmt.Errorf("%s:%d:%d: column %d has no name; every column needs one", name, line, col, i+1)
		}
		if j, dup := firstUse[h]; dup {
			return nil, fmt.Errorf("%s:%d:%d: column name %q is used twice (columns %d and %d); names must be unique", name, line, col, h, j+1, i+1)
		}
		firstUse[h] = i
	}
	col := len(header) - 1
	if target != "" {
		var ok bool
		if col, ok = firstUse[target]; !ok {
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
			return nil, readErr(err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		if len(rec) != len(header) {
			return nil, fmt.Errorf("%s:%d: row has %d values, the header has %d columns", name, line, len(rec), len(header))
		}
		if len(d.X) == lim.rows {
			return nil, fmt.Errorf("%s:%d: more than %d rows, the most descent trains on", name, line, lim.rows)
		}
		if (len(d.X)+1)*len(header) > lim.values {
			return nil, fmt.Errorf("%s:%d: more than %d values (rows × columns), the most descent holds in memory", name, line, lim.values)
		}
		x := make([]float64, 0, len(rec)-1)
		var y float64
		for i, cell := range rec {
			v, err := ParseNumber(cell)
			if err != nil {
				l, c := cr.FieldPos(i)
				if errors.Is(err, ErrEmpty) {
					return nil, fmt.Errorf("%s:%d:%d: column %q: empty cell", name, l, c, header[i])
				}
				return nil, fmt.Errorf("%s:%d:%d: column %q: %q is %v", name, l, c, header[i], strings.TrimSpace(cell), err)
			}
			if i == col {
				y = v
			} else {
				x = append(x, v)
			}
		}
		l, c := cr.FieldPos(col)
		d.X = append(d.X, x)
		d.Y = append(d.Y, []float64{y})
		d.pos = append(d.pos, position{l, c})
	}
	if len(d.X) == 0 {
		return nil, fmt.Errorf("%s: no data rows after the header", name)
	}
	return d, nil
}

// size says a byte count the way the limits are stated.
func size(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
