package nn

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// weightsFile is the JSON layout of saved weights, the same as Keras's
// get_weights() for Dense layers: {"layers": [{"kernel": [[…]], "bias": […]}]},
// each kernel shaped [inputs][units].
type weightsFile struct {
	Layers []layerWeights `json:"layers"`
}

type layerWeights struct {
	Kernel [][]float64 `json:"kernel"`
	Bias   []float64   `json:"bias"`
}

// WriteWeights writes the model's weights as JSON.
func (m *Sequential) WriteWeights(w io.Writer) error {
	var f weightsFile
	for _, d := range m.layers {
		lw := layerWeights{Kernel: make([][]float64, d.inputs), Bias: append([]float64(nil), d.Bias...)}
		for i := range lw.Kernel {
			lw.Kernel[i] = append([]float64(nil), d.Kernel[i*d.Units:(i+1)*d.Units]...)
		}
		f.Layers = append(f.Layers, lw)
	}
	if !m.finite() {
		return errors.New("weights are not all finite numbers; refusing to write them")
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(f)
}

// SaveWeights writes the weights to path atomically: to a temporary file in
// the same directory, then renamed over path, so a crash never leaves a
// half-written file behind.
func (m *Sequential) SaveWeights(path string) error {
	return writeFileAtomic(path, m.WriteWeights)
}

// writeFileAtomic writes through write into a temporary file beside path
// and renames it to path once complete.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// ReadWeights reads JSON weights into the model after checking every shape.
// name labels the source in errors (usually the file name). On error the
// model is left unchanged.
func (m *Sequential) ReadWeights(r io.Reader, name string) error {
	var f weightsFile
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return fmt.Errorf("%s: not a weights file: %v", name, jsonErrorText(err))
	}
	if len(f.Layers) != len(m.layers) {
		return fmt.Errorf("%s: has %d layers, the model has %d", name, len(f.Layers), len(m.layers))
	}
	for li, d := range m.layers {
		lw := f.Layers[li]
		rows, cols := len(lw.Kernel), 0
		if rows > 0 {
			cols = len(lw.Kernel[0])
		}
		for i, row := range lw.Kernel {
			if len(row) != cols {
				return fmt.Errorf("%s: layer %d kernel row %d has %d values, row 1 has %d", name, li+1, i+1, len(row), cols)
			}
		}
		if rows != d.inputs || cols != d.Units {
			return fmt.Errorf("%s: layer %d kernel is [%d][%d] in the file, the model expects [%d][%d]", name, li+1, rows, cols, d.inputs, d.Units)
		}
		if len(lw.Bias) != d.Units {
			return fmt.Errorf("%s: layer %d bias is [%d] in the file, the model expects [%d]", name, li+1, len(lw.Bias), d.Units)
		}
	}
	// Everything fits: now copy, so a bad file never half-loads.
	for li, d := range m.layers {
		for i, row := range f.Layers[li].Kernel {
			copy(d.Kernel[i*d.Units:(i+1)*d.Units], row)
		}
		copy(d.Bias, f.Layers[li].Bias)
	}
	if !m.finite() {
		return fmt.Errorf("%s: weights must be finite numbers", name)
	}
	return nil
}

// LoadWeights reads weights from a JSON file (see ReadWeights).
func (m *Sequential) LoadWeights(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return m.ReadWeights(f, path)
}

func jsonErrorText(err error) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return fmt.Sprintf("%v (at byte %d)", syn, syn.Offset)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return fmt.Sprintf("%s should be %s (at byte %d)", orDefault(typ.Field, "value"), typ.Type, typ.Offset)
	}
	if errors.Is(err, io.EOF) {
		return "empty file"
	}
	return err.Error()
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}
