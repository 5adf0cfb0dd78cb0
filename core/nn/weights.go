package nn

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"

	"descent/outfile"
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

// SaveWeights writes the weights to path atomically, through package
// outfile: the old file stays whole until the new one is complete, keeps
// its mode, and a symlink is written through.
func (m *Sequential) SaveWeights(path string) error {
	return outfile.Write(path, m.WriteWeights)
}

// strictWeights is weightsFile as read: pointers, so that a null (which
// encoding/json would read as 0) can be told from a number.
type strictWeights struct {
	Layers []struct {
		Kernel [][]*float64 `json:"kernel"`
		Bias   []*float64   `json:"bias"`
	} `json:"layers"`
}

// bytesPerWeight bounds a weights file's size for its model: a float64
// written in full takes at most 24 characters, plus indentation.
const bytesPerWeight = 64

// ReadWeights reads JSON weights into the model after checking every shape.
// name labels the source in errors (usually the file name). The JSON must
// be exactly one object of the model's shapes: every weight a finite
// number (null is not 0), no unknown keys, nothing after the object, and
// no larger than the model's weights could need. On error the model is
// left unchanged.
func (m *Sequential) ReadWeights(r io.Reader, name string) error {
	limit := int64(len(m.Params))*bytesPerWeight + 4096
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	if int64(len(b)) > limit {
		return fmt.Errorf("%s: larger than %d bytes, more than the %d weights of this model can take; is it the right file?", name, limit, len(m.Params))
	}
	var f strictWeights
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return fmt.Errorf("%s: not a weights file: %s", name, jsonErrorText(err, b))
	}
	if rest := bytes.TrimSpace(b[dec.InputOffset():]); len(rest) > 0 {
		line, col := lineColumn(b, len(b)-len(bytes.TrimLeft(b[dec.InputOffset():], " \t\r\n")))
		return fmt.Errorf("%s:%d:%d: not a weights file: more data after the weights object", name, line, col)
	}
	if f.Layers == nil {
		return fmt.Errorf(`%s: not a weights file: no "layers" list`, name)
	}
	if len(f.Layers) != len(m.layers) {
		return fmt.Errorf("%s: has %d layers, the model has %d", name, len(f.Layers), len(m.layers))
	}
	for li, d := range m.layers {
		lw := f.Layers[li]
		if lw.Kernel == nil || lw.Bias == nil {
			return fmt.Errorf(`%s: layer %d needs a "kernel" and a "bias" list`, name, li+1)
		}
		rows, cols := len(lw.Kernel), 0
		if rows > 0 {
			cols = len(lw.Kernel[0])
		}
		for i, row := range lw.Kernel {
			if row == nil {
				return fmt.Errorf("%s: layer %d kernel row %d is null, not a list of numbers", name, li+1, i+1)
			}
			if len(row) != cols {
				return fmt.Errorf("%s: layer %d kernel row %d has %d values, row 1 has %d", name, li+1, i+1, len(row), cols)
			}
			for j, v := range row {
				if v == nil {
					return fmt.Errorf("%s: layer %d kernel row %d value %d is null; every weight must be a number", name, li+1, i+1, j+1)
				}
			}
		}
		if rows != d.inputs || cols != d.Units {
			return fmt.Errorf("%s: layer %d kernel is [%d][%d] in the file, the model expects [%d][%d]", name, li+1, rows, cols, d.inputs, d.Units)
		}
		if len(lw.Bias) != d.Units {
			return fmt.Errorf("%s: layer %d bias is [%d] in the file, the model expects [%d]", name, li+1, len(lw.Bias), d.Units)
		}
		for j, v := range lw.Bias {
			if v == nil {
				return fmt.Errorf("%s: layer %d bias value %d is null; every weight must be a number", name, li+1, j+1)
			}
		}
	}
	// Everything fits: now copy, so a bad file never half-loads. JSON has
	// no NaN or infinity, and a number too large for a float64 is a
	// decoding error, so every value here is finite.
	for li, d := range m.layers {
		for i, row := range f.Layers[li].Kernel {
			for j, v := range row {
				d.Kernel[i*d.Units+j] = *v
			}
		}
		for j, v := range f.Layers[li].Bias {
			d.Bias[j] = *v
		}
	}
	return nil
}

// LoadWeights reads weights from a JSON file (see ReadWeights).
func (m *Sequential) LoadWeights(path string) error {
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return fmt.Errorf("%s: %v", path, pe.Err)
		}
		return err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return fmt.Errorf("%s: is a directory, not a weights file", path)
	}
	return m.ReadWeights(f, path)
}

// jsonErrorText says what encoding/json found wrong, and where, as
// "line:column" in src.
func jsonErrorText(err error, src []byte) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		line, col := lineColumn(src, int(syn.Offset)-1) // Offset is just past the bad byte
		return fmt.Sprintf("%v (line %d, column %d)", syn, line, col)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		line, col := lineColumn(src, int(typ.Offset))
		field := orDefault(typ.Field, "the file")
		if typ.Type.Kind() == reflect.Float64 && strings.HasPrefix(typ.Value, "number") {
			return fmt.Sprintf("%s: %s is out of range (beyond ±1.8e308, the largest float64) (line %d, column %d)", field, typ.Value, line, col)
		}
		return fmt.Sprintf("%s should be %s, not a %s (line %d, column %d)", field, jsonKind(typ.Type), typ.Value, line, col)
	}
	if errors.Is(err, io.EOF) {
		return "empty file"
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "the file ends in the middle of the JSON"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// jsonKind names a Go type as JSON calls it.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Float64, reflect.Pointer:
		return "a number"
	}
	return t.String()
}

// lineColumn turns a byte offset in src into a line and a column, from 1.
func lineColumn(src []byte, offset int) (line, col int) {
	offset = max(0, min(offset, len(src)))
	before := src[:offset]
	line = 1 + bytes.Count(before, []byte{'\n'})
	col = offset - bytes.LastIndexByte(before, '\n')
	return line, col
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}
