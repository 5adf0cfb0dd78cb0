package main

import (
	"fmt"
	"math"
	"strings"

	"descent/core/data"
	"descent/core/nn"
	"descent/core/num"
	"descent/core/optim"
	"descent/picture"
)

// labelsFor shapes a dataset's target column for the model's last layer
// and checks that every label means something to the loss:
//
//   - binary cross-entropy (plain and focal) and KL divergence take
//     probabilities, 0 ≤ y ≤ 1 (class labels 0 and 1);
//   - hinge and squared hinge take −1 and 1; labels that are all 0 and 1
//     are converted with 2y − 1, as Keras 3 does, and note says so;
//   - Poisson takes counts or rates, y ≥ 0;
//   - the categorical losses take class numbers 0…units−1, kept as they
//     are for sparse_categorical_crossentropy and one-hot encoded for
//     categorical_crossentropy;
//   - the regression losses take any finite number.
//
// An error names the first offending label with its file, line and column
// (data.Dataset.Where).
func labelsFor(d *data.Dataset, lossName string, units int) (y [][]float64, note string, err error) {
	bad := func(i int, format string, a ...any) error {
		return fmt.Errorf("%s: label %s in column %q %s", d.Where(i), num.G(d.Y[i][0]), d.Target, fmt.Sprintf(format, a...))
	}
	categorical := lossName == "categorical_crossentropy"
	sparse := lossName == "sparse_categorical_crossentropy"
	switch {
	case categorical || sparse:
		if categorical && units < 2 {
			return nil, "", fmt.Errorf("%s needs a last layer of one unit per class (2 or more, with softmax); it has 1", lossName)
		}
		y = make([][]float64, len(d.Y))
		for i, row := range d.Y {
			k := row[0]
			if k != math.Trunc(k) || k < 0 || k >= float64(units) {
				return nil, "", bad(i, "is not a class number in 0…%d (one per unit of the last layer), which %s needs", units-1, lossName)
			}
			if sparse {
				y[i] = row
				continue
			}
			y[i] = make([]float64, units)
			y[i][int(k)] = 1
		}
		return y, "", nil
	case units > 1:
		return nil, "", fmt.Errorf("the last layer has %d units but the target %q is one column; use 1 unit, or a categorical loss with class numbers 0…%d", units, d.Target, units-1)
	}
	switch lossName {
	case "binary_crossentropy", "binary_focal_crossentropy", "kl_divergence":
		for i, row := range d.Y {
			if row[0] < 0 || row[0] > 1 {
				return nil, "", bad(i, "is outside [0, 1], which %s needs (a probability; classes are 0 and 1)", lossName)
			}
		}
	case "poisson":
		for i, row := range d.Y {
			if row[0] < 0 {
				return nil, "", bad(i, "is negative; poisson needs counts or rates, y ≥ 0")
			}
		}
	case "hinge", "squared_hinge":
		zeroOne, anyZero := true, false
		for _, row := range d.Y {
			zeroOne = zeroOne && (row[0] == 0 || row[0] == 1)
			anyZero = anyZero || row[0] == 0
		}
		if zeroOne && anyZero {
			y = make([][]float64, len(d.Y))
			for i, row := range d.Y {
				y[i] = []float64{2*row[0] - 1}
			}
			return y, fmt.Sprintf("%s takes labels −1 and 1; the 0 labels of %s are read as −1 (2y − 1, as Keras does)", lossName, d.Name), nil
		}
		for i, row := range d.Y {
			if row[0] != -1 && row[0] != 1 {
				return nil, "", bad(i, "is not −1 or 1, which %s needs (labels that are all 0 and 1 are converted)", lossName)
			}
		}
	}
	return d.Y, "", nil
}

// trainTitle names the run and its hyperparameters for the picture.
func trainTitle(d *data.Dataset, layers, lossName string, o optim.Optimizer, batch, epochs int, status fmt.Stringer, detail string) string {
	var hyper []string
	for _, h := range o.Hyperparameters() {
		switch v := h.Value.(type) {
		case float64:
			hyper = append(hyper, h.Name+"="+num.G(v))
		case bool:
			if v {
				hyper = append(hyper, h.Name)
			}
		}
	}
	title := fmt.Sprintf("train: %s, layers %s, %s, %s (%s), batch %d, %d epochs",
		d.Name, layers, lossName, o.Name(), strings.Join(hyper, ", "), batch, epochs)
	if s := status.String(); s != "completed" {
		title += "\n" + s
		if detail != "" {
			title += ": " + detail
		}
	}
	return title
}

// trainFigure draws the history per epoch and, for a dataset of two
// features, its points, with the model's predicted probability shaded
// behind them when the model outputs one (a single unit trained on labels
// 0 and 1 with a probabilistic loss).
func trainFigure(d *data.Dataset, y [][]float64, m *nn.Sequential, h *nn.History, title string) picture.Figure {
	f := picture.Figure{Title: title, XLabel: "epoch", YLabel: "value"}
	for _, name := range h.Names {
		values := h.Values[name]
		epochs := make([]float64, len(values))
		for i := range epochs {
			epochs[i] = float64(i + 1)
		}
		f.Curves = append(f.Curves, picture.Curve{Name: name, Y: values, X: epochs})
	}
	if len(f.Curves) == 0 {
		f.Curves = []picture.Curve{{Name: "loss"}} // diverged in the first epoch: the legend says so
	}
	if len(d.Features) != 2 {
		return f
	}
	classes := true
	for _, row := range d.Y {
		classes = classes && row[0] == math.Trunc(row[0]) && math.Abs(row[0]) < 1e6
	}
	if !classes {
		return f
	}
	for i, x := range d.X {
		f.Points = append(f.Points, picture.Point{X: x[0], Y: x[1], Class: int(d.Y[i][0])})
	}
	last := m.Layers()[len(m.Layers())-1]
	probabilistic := m.Loss().Name() == "binary_crossentropy" || m.Loss().Name() == "binary_focal_crossentropy"
	if last.Units == 1 && probabilistic {
		in := [][]float64{{0, 0}}
		f.Prob = func(x, y float64) float64 {
			in[0][0], in[0][1] = x, y
			out, err := m.Predict(in)
			if err != nil {
				return math.NaN()
			}
			return out[0][0]
		}
	}
	return f
}
