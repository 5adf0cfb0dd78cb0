package data

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func TestLoadCSV(t *testing.T) {
	d, err := LoadCSV("testdata/small.csv", "")
	if err != nil {
		t.Fatal(err)
	}
	if d.Target != "label" || !slices.Equal(d.Features, []string{"a", "b"}) || d.Len() != 3 {
		t.Fatalf("got %v", d)
	}
	if !slices.Equal(d.X[2], []float64{-1000, 7}) || d.Y[1][0] != 1 {
		t.Errorf("rows %v, targets %v", d.X, d.Y)
	}
	// The target by name, from the middle.
	d, err = LoadCSV("testdata/small.csv", "a")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Features, []string{"b", "label"}) || d.Y[1][0] != 3 || !slices.Equal(d.X[1], []float64{4.5, 1}) {
		t.Errorf("target a: features %v, X %v, Y %v", d.Features, d.X, d.Y)
	}
}

func TestReadCSVSpreadsheetExport(t *testing.T) {
	d, err := ReadCSV(strings.NewReader("\ufeffa,b\r\n1,2\r\n"), "excel.csv", "a")
	if err != nil || d.Target != "a" || d.Features[0] != "b" {
		t.Errorf("byte-order mark and CRLF: %v, %v", d, err)
	}
}

func TestReadCSVErrors(t *testing.T) {
	cases := []struct{ name, text, target, want string }{
		{"empty file", "", "", "d.csv: empty file"},
		{"header only", "a,b\n", "", "d.csv: no data rows after the header"},
		{"one column", "y\n1\n", "", "d.csv:1: needs at least two columns"},
		{"missing target", "a,b\n1,2\n", "label", `d.csv:1: no column "label" (columns: a, b)`},
		{"empty name", "a,,y\n1,2,3\n", "", "d.csv:1:3: column 2 has no name; every column needs one"},
		{"blank name", "a, ,y\n1,2,3\n", "", "d.csv:1:4: column 2 has no name"},
		{"repeated name", "a,b,a\n1,2,3\n", "", `d.csv:1:5: column name "a" is used twice (columns 1 and 3)`},
		{"ragged row", "a,b\n1,2\n3\n", "", "d.csv:3: row has 1 values, the header has 2 columns"},
		{"long row", "a,b\n1,2,3\n", "", "d.csv:2: row has 3 values, the header has 2 columns"},
		{"not a number", "a,b\n1,2\n3,x\n", "", `d.csv:3:3: column "b": "x" is not a number`},
		{"empty cell", "a,b\n1,\n", "", `d.csv:2:3: column "b": empty cell`},
		{"NaN", "a,b\nNaN,2\n", "", `d.csv:2:1: column "a": "NaN" is not a finite number`},
		{"Inf", "a,b\n1,-Inf\n", "", `d.csv:2:3: column "b": "-Inf" is not a finite number`},
		{"overflow", "a,b\n1e999,2\n", "", `d.csv:2:1: column "a": "1e999" is out of range (beyond ±1.8e308, the largest float64)`},
		{"underscores", "a,b\n1_000,2\n", "", `d.csv:2:1: column "a": "1_000" is not a number (write the digits without _ separators)`},
		{"hex", "a,b\n0x10,2\n", "", `d.csv:2:1: column "a": "0x10" is not a number`},
		{"bad quotes", "a,b\n1,\"2\n", "", "d.csv:2:"},
	}
	for _, c := range cases {
		_, err := ReadCSV(strings.NewReader(c.text), "d.csv", c.target)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
	if _, err := LoadCSV("testdata/missing.csv", ""); err == nil || !strings.Contains(err.Error(), "testdata/missing.csv: no such file") {
		t.Errorf("a missing file: %v", err)
	}
	if _, err := LoadCSV("testdata", ""); err == nil || !strings.Contains(err.Error(), "testdata: is a directory") {
		t.Errorf("a directory: %v", err)
	}
}

// Every limit stops the read with a line that states it.
func TestReadCSVLimits(t *testing.T) {
	lim := limits{bytes: 64, lineBytes: 16, rows: 3, values: 8}
	cases := []struct{ name, text, want string }{
		{"long line", "a,b\n1,2\n" + strings.Repeat("1", 40) + ",2\n", "d.csv:3: a line longer than 16 bytes; is this a CSV file?"},
		{"no newline at all", strings.Repeat("\x00", 100), "d.csv:1: a line longer than 16 bytes"},
		{"too big", "a,b\n" + strings.Repeat("1,2\n", 30), "d.csv: larger than 64 bytes, the most descent reads"},
		{"too many rows", "a,b\n1,2\n1,2\n1,2\n1,2\n", "d.csv:5: more than 3 rows, the most descent trains on"},
		{"too many values", "a,b,c\n1,2,3\n1,2,3\n1,2,3\n", "d.csv:4: more than 8 values (rows × columns)"},
	}
	for _, c := range cases {
		_, err := readCSV(strings.NewReader(c.text), "d.csv", "", lim)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
	if MaxCSVBytes != 256<<20 || MaxLineBytes != 1<<20 {
		t.Error("the README states these limits; update it with them")
	}
}

func TestParseNumber(t *testing.T) {
	good := map[string]float64{"1": 1, "-2.5": -2.5, "+3": 3, ".5": 0.5, "5.": 5, " 1e-3 ": 0.001, "1E+2": 100, "1e-400": 0}
	for s, want := range good {
		if v, err := ParseNumber(s); err != nil || v != want {
			t.Errorf("%q: %v %v, want %v", s, v, err, want)
		}
	}
	bad := map[string]string{"": "empty", "x": "not a number", "1_000": "without _ separators", "0x1p3": "not a number",
		"NaN": "not a finite number", "-inf": "not a finite number", "Infinity": "not a finite number",
		"1e400": "out of range (beyond ±1.8e308", "-1e309": "out of range", "1.2.3": "not a number", "1e": "not a number", "--1": "not a number"}
	for s, want := range bad {
		if _, err := ParseNumber(s); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", s, err, want)
		}
	}
}

func TestWhereNamesFileLineAndColumn(t *testing.T) {
	d, err := ReadCSV(strings.NewReader("a,label\n1,0\n\n2,  1\n"), "d.csv", "")
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Where(1); got != "d.csv:4:5" {
		t.Errorf("Where(1) = %q, want d.csv:4:5", got)
	}
	g, _ := Generate("xor", 10, 1)
	if got := g.Where(2); got != "dataset xor, row 3" {
		t.Errorf("generated Where(2) = %q", got)
	}
}

func TestGeneratorsAreSeededAndBalanced(t *testing.T) {
	for _, g := range Generators() {
		t.Run(g.Name, func(t *testing.T) {
			a, err := Generate(g.Name, 0, 1)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := Generate(g.Name, 0, 1)
			c, _ := Generate(g.Name, 0, 2)
			if a.Len() != g.DefaultRows || len(a.Features) != len(a.X[0]) {
				t.Fatalf("%d rows of %d features, want %d rows", a.Len(), len(a.X[0]), g.DefaultRows)
			}
			same := func(p, q *Dataset) bool {
				for i := range p.X {
					if !slices.Equal(p.X[i], q.X[i]) || !slices.Equal(p.Y[i], q.Y[i]) {
						return false
					}
				}
				return true
			}
			if !same(a, b) || same(a, c) {
				t.Error("rows must depend on the seed and nothing else")
			}
			if g.Name == "linear" {
				return
			}
			ones := 0.0
			for _, y := range a.Y {
				if y[0] != 0 && y[0] != 1 {
					t.Fatalf("label %v", y[0])
				}
				ones += y[0]
			}
			if frac := ones / float64(a.Len()); math.Abs(frac-0.5) > 0.1 {
				t.Errorf("%.0f%% of labels are 1; classes should be about balanced", 100*frac)
			}
		})
	}
}

// The linear data's least-squares line is close to the intended 1.5 − 2x.
func TestLinearFollowsTheDocument(t *testing.T) {
	d, _ := Generate("linear", 10000, 3)
	var sx, sy, sxx, sxy float64
	for i, x := range d.X {
		sx, sy, sxx, sxy = sx+x[0], sy+d.Y[i][0], sxx+x[0]*x[0], sxy+x[0]*d.Y[i][0]
	}
	n := float64(d.Len())
	slope := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	intercept := (sy - slope*sx) / n
	if math.Abs(slope+2) > 0.02 || math.Abs(intercept-1.5) > 0.02 {
		t.Errorf("fit y = %.3f + %.3f x, want 1.5 − 2x", intercept, slope)
	}
}

func TestGenerateErrors(t *testing.T) {
	if _, err := Generate("iris", 0, 1); err == nil || !strings.Contains(err.Error(), "valid: linear, binary100, circles") {
		t.Errorf("unknown name: %v", err)
	}
	if _, err := Generate("xor", -5, 1); err == nil || !strings.Contains(err.Error(), "rows must be in [1, 1000000]") {
		t.Errorf("negative rows: %v", err)
	}
}
