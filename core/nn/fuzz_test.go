package nn

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"
)

// FuzzReadWeights feeds the weights reader arbitrary bytes: it must never
// panic, must leave the model unchanged when it refuses, and whatever it
// accepts must be finite weights that write back and read again to the
// same values. Search further with
// `go test -run XXX -fuzz FuzzReadWeights -fuzztime 60s ./core/nn`.
func FuzzReadWeights(f *testing.F) {
	good := `{"layers": [{"kernel": [[1,2],[3,4],[5,6]], "bias": [0,0]}, {"kernel": [[1],[2]], "bias": [0.5]}]}`
	for _, seed := range []string{
		good,
		good + "\n",
		good + " x",
		strings.Replace(good, "4", "null", 1),
		strings.Replace(good, "4", "1e400", 1),
		strings.Replace(good, "4", "-0", 1),
		strings.Replace(good, `"bias": [0.5]`, `"bias": [0.5], "extra": 1`, 1),
		`{"layers": null}`,
		`{"layers": []}`,
		`{"layers": [{"kernel": [[1,2],null,[5,6]], "bias": [0,0]}]}`,
		`[]`,
		`null`,
		``,
		`{"layers": [{"kernel": [[1,2],[3,4],[5,6]], "bias": [0,0]}, {"kernel": [[1],[2]], "bias": [0]}]}{}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := NewSequential(3, 1, Dense(2, ReLU()), Dense(1, Sigmoid()))
		if err != nil {
			t.Fatal(err)
		}
		before := slices.Clone(m.Params)
		if err := m.ReadWeights(bytes.NewReader(data), "w.json"); err != nil {
			if !slices.Equal(before, m.Params) {
				t.Fatalf("refused (%v) but changed the weights", err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "w.json") || strings.Contains(msg, "\n") {
				t.Fatalf("error %q", msg)
			}
			return
		}
		for _, v := range m.Params {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("accepted a weight %v", v)
			}
		}
		var out bytes.Buffer
		if err := m.WriteWeights(&out); err != nil {
			t.Fatal(err)
		}
		again, _ := NewSequential(3, 2, Dense(2, ReLU()), Dense(1, Sigmoid()))
		if err := again.ReadWeights(&out, "again.json"); err != nil || !slices.Equal(again.Params, m.Params) {
			t.Fatalf("weights do not survive a round trip: %v", err)
		}
	})
}
