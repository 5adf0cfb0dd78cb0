package nn

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestWeightsRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.json")
	a := documentModel(t, 1)
	if err := a.SaveWeights(path); err != nil {
		t.Fatal(err)
	}
	b := documentModel(t, 2)
	if err := b.LoadWeights(path); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Params, b.Params) {
		t.Error("weights changed on the way through JSON")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d files after an atomic save, want 1", len(entries))
	}
	// The file reads back as Keras's layout: kernel [inputs][units].
	raw, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(raw), "{\n \"layers\": [\n  {\n   \"kernel\": [") {
		t.Errorf("unexpected layout: %.60s", raw)
	}
}

func TestSaveWeightsToMissingDirectory(t *testing.T) {
	m := documentModel(t, 1)
	if err := m.SaveWeights(filepath.Join(t.TempDir(), "nope", "w.json")); err == nil {
		t.Error("saving into a missing directory succeeded")
	}
}

func TestReadWeightsRejectsBadFiles(t *testing.T) {
	cases := []struct{ name, json, want string }{
		{"empty", "", "w.json: not a weights file: empty file"},
		{"syntax", `{"layers": [`, "w.json: not a weights file"},
		{"wrong type", `{"layers": 3}`, "w.json: not a weights file"},
		{"unknown field", `{"layers": [], "optimizer": {}}`, "w.json: not a weights file"},
		{"layer count", `{"layers": [{"kernel": [[1]], "bias": [1]}]}`, "w.json: has 1 layers, the model has 2"},
		{"kernel shape", `{"layers": [{"kernel": [[1,2],[3,4]], "bias": [0,0]}, {"kernel": [[1],[2]], "bias": [0]}]}`,
			"w.json: layer 1 kernel is [2][2] in the file, the model expects [3][2]"},
		{"ragged kernel", `{"layers": [{"kernel": [[1,2],[3],[4,5]], "bias": [0,0]}, {"kernel": [[1],[2]], "bias": [0]}]}`,
			"w.json: layer 1 kernel row 2 has 1 values, row 1 has 2"},
		{"bias shape", `{"layers": [{"kernel": [[1,2],[3,4],[5,6]], "bias": [0,0]}, {"kernel": [[1],[2]], "bias": [0, 1]}]}`,
			"w.json: layer 2 bias is [2] in the file, the model expects [1]"},
		{"null weight", `{"layers": [{"kernel": [[1,2],[3,null],[5,6]], "bias": [0,0]}, {"kernel": [[1],[2]], "bias": [0]}]}`,
			"w.json: layer 1 kernel row 2 value 2 is null; every weight must be a number"},
		{"null bias", `{"layers": [{"kernel": [[1,2],[3,4],[5,6]], "bias": [0,0]}, {"kernel": [[1],[2]], "bias": [null]}]}`,
			"w.json: layer 2 bias value 1 is null"},
		{"null row", `{"layers": [{"kernel": [[1,2],null,[5,6]], "bias": [0,0]}, {"kernel": [[1],[2]], "bias": [0]}]}`,
			"w.json: layer 1 kernel row 2 is null"},
		{"missing bias", `{"layers": [{"kernel": [[1,2],[3,4],[5,6]]}, {"kernel": [[1],[2]], "bias": [0]}]}`,
			`w.json: layer 1 needs a "kernel" and a "bias" list`},
		{"null layers", `{"layers": null}`, `w.json: not a weights file: no "layers" list`},
		{"trailing data", "{\"layers\": [{\"kernel\": [[1,2],[3,4],[5,6]], \"bias\": [0,0]}, {\"kernel\": [[1],[2]], \"bias\": [0]}]}\n garbage",
			"w.json:2:2: not a weights file: more data after the weights object"},
		{"second object", `{"layers": []} {"layers": []}`, "more data after the weights object"},
		{"out of range", `{"layers": [{"kernel": [[1e400]]}]}`, "number 1e400 is out of range (beyond ±1.8e308, the largest float64)"},
		{"syntax position", "{\n  \"layers\": [,]}", "(line 2, column 14)"},
		{"string weight", `{"layers": [{"kernel": [["1"]]}]}`, "should be a number, not a string"},
		{"huge", `{"layers": [` + strings.Repeat(" ", 10000) + `]}`, "w.json: larger than 4800 bytes, more than the 11 weights of this model can take"},
	}
	for _, c := range cases {
		m, _ := NewSequential(3, 1, Dense(2, ReLU()), Dense(1, Sigmoid()))
		before := slices.Clone(m.Params)
		err := m.ReadWeights(strings.NewReader(c.json), "w.json")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
		if !slices.Equal(before, m.Params) {
			t.Errorf("%s: a rejected file changed the weights", c.name)
		}
	}
	m := documentModel(t, 1)
	if err := m.LoadWeights("testdata/none.json"); err == nil || err.Error() != "testdata/none.json: no such file or directory" {
		t.Errorf("loading a missing file: %v", err)
	}
	if err := m.LoadWeights("testdata"); err == nil || !strings.Contains(err.Error(), "testdata: is a directory") {
		t.Errorf("loading a directory: %v", err)
	}
}
