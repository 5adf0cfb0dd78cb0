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
	if err := m.LoadWeights("testdata/none.json"); err == nil {
		t.Error("loading a missing file succeeded")
	}
}
