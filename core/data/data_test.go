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
		{"ragged row", "a,b\n1,2\n3\n", "", "d.csv:3: row has 1 values, the header has 2 columns"},
		{"long row", "a,b\n1,2,3\n", "", "d.csv:2: row has 3 values, the header has 2 columns"},
		{"not a number", "a,b\n1,2\n3,x\n", "", `d.csv:3: column "b": "x" is not a number`},
		{"empty cell", "a,b\n1,\n", "", `d.csv:2: column "b": empty cell`},
		{"NaN", "a,b\nNaN,2\n", "", `d.csv:2: column "a": "NaN" is not a finite number`},
		{"Inf", "a,b\n1,-Inf\n", "", `d.csv:2: column "b": "-Inf" is not a finite number`},
		{"overflow", "a,b\n1e999,2\n", "", `d.csv:2: column "a": "1e999" is not a number`},
		{"bad quotes", "a,b\n1,\"2\n", "", "d.csv:2:"},
	}
	for _, c := range cases {
		_, err := ReadCSV(strings.NewReader(c.text), "d.csv", c.target)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
	if _, err := LoadCSV("testdata/missing.csv", ""); err == nil {
		t.Error("a missing file loaded")
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
