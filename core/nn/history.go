package nn

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"descent/outfile"
)

// WriteJSON writes the history the way Keras's history.history reads:
// {"loss": […], "accuracy": […], "val_loss": […], …}, keys in Names order.
func (h *History) WriteJSON(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("{")
	for i, name := range h.Names {
		key, _ := json.Marshal(name)
		values := h.Values[name]
		if values == nil {
			values = []float64{} // an epoch-less history still has lists
		}
		list, err := json.Marshal(values)
		if err != nil {
			return fmt.Errorf("history %s: %w", name, err)
		}
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "\n %s: %s", key, list)
	}
	b.WriteString("\n}\n")
	_, err := w.Write(b.Bytes())
	return err
}

// SaveJSON writes the history to path atomically (see SaveWeights).
func (h *History) SaveJSON(path string) error {
	return outfile.Write(path, h.WriteJSON)
}
