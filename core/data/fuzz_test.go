package data

import (
	"math"
	"strings"
	"testing"
)

// FuzzReadCSV feeds the CSV loader arbitrary bytes: it must never panic,
// and whatever it accepts must be a well-formed dataset of finite numbers
// with named, unique columns. The seeds run under plain `go test`; search
// further with `go test -run XXX -fuzz FuzzReadCSV -fuzztime 60s ./core/data`.
func FuzzReadCSV(f *testing.F) {
	for _, seed := range []string{
		"a,b,label\n1,2,0\n3,4.5,1\n\n-1e3, 7 ,1\n",
		"\ufeffa,b\r\n1,2\r\n",
		"x,y\n1_000,2\n",
		"x,y\n0x10,1\n",
		"x,y\n1e400,1\n",
		"x,,y\n1,2,3\n",
		"x,x\n1,2\n",
		"x,y\n\"1\",\"2\"\n",
		"x,y\n1,\"2\n",
		"x,y\nNaN,Inf\n",
		"x;y\n1;2\n",
		"x,y\n.5,5.\n+1,-1e-400\n",
		"\x00\x00\x00",
		"",
		"x,y\n1,2,3\n4\n",
	} {
		f.Add(seed, "")
		f.Add(seed, "y")
	}
	lim := limits{bytes: 4096, lineBytes: 512, rows: 50, values: 400}
	f.Fuzz(func(t *testing.T, text, target string) {
		d, err := readCSV(strings.NewReader(text), "f.csv", target, lim)
		if err != nil {
			if msg := err.Error(); !strings.HasPrefix(msg, "f.csv") || strings.Contains(msg, "\n") {
				t.Fatalf("error %q does not start with the file name on one line", msg)
			}
			return
		}
		if d.Len() == 0 || d.Len() > lim.rows || len(d.Y) != d.Len() || len(d.pos) != d.Len() {
			t.Fatalf("%d rows, %d targets, %d positions", d.Len(), len(d.Y), len(d.pos))
		}
		names := map[string]bool{d.Target: true}
		for _, name := range d.Features {
			if name == "" || names[name] {
				t.Fatalf("column %q empty or repeated in %v + %q", name, d.Features, d.Target)
			}
			names[name] = true
		}
		if target != "" && d.Target != target {
			t.Fatalf("target %q, asked for %q", d.Target, target)
		}
		for i := range d.X {
			if len(d.X[i]) != len(d.Features) || len(d.Y[i]) != 1 {
				t.Fatalf("row %d has %d values for %d features", i, len(d.X[i]), len(d.Features))
			}
			for _, v := range append(d.X[i], d.Y[i]...) {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("row %d holds %v", i, v)
				}
			}
			if w := d.Where(i); !strings.HasPrefix(w, "f.csv:") {
				t.Fatalf("Where(%d) = %q", i, w)
			}
		}
	})
}
