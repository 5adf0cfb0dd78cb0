package nn

import (
	"fmt"
	"math"
	"strings"
)

// A Metric scores one sample; the value reported for a batch or an epoch is
// the mean over its samples. Sample must not allocate.
type Metric interface {
	// Name is the key in logs and history, e.g. "accuracy" or "val_mae".
	Name() string
	Sample(yTrue, yPred []float64) float64
}

type metricFunc struct {
	name   string
	f      func(yTrue, yPred []float64) float64
	sparse bool // the target is one class number, not a row like the prediction
}

func (m metricFunc) Name() string                          { return m.name }
func (m metricFunc) Sample(yTrue, yPred []float64) float64 { return m.f(yTrue, yPred) }

// BinaryAccuracy is the fraction of outputs on the right side of 0.5:
// a prediction p counts as 1 when p > 0.5 (Keras's threshold, strict).
// name is the key it reports under ("accuracy" or "binary_accuracy").
func BinaryAccuracy(name string) Metric {
	return metricFunc{name: name, f: func(t, p []float64) float64 {
		right := 0
		for i, pi := range p {
			guess := 0.0
			if pi > 0.5 {
				guess = 1
			}
			if guess == t[i] {
				right++
			}
		}
		return float64(right) / float64(len(p))
	}}
}

// CategoricalAccuracy is 1 when the largest prediction is at the position
// of the largest target (a one-hot label), else 0. Ties go to the first.
func CategoricalAccuracy(name string) Metric {
	return metricFunc{name: name, f: func(t, p []float64) float64 {
		if argmax(t) == argmax(p) {
			return 1
		}
		return 0
	}}
}

// SparseCategoricalAccuracy is 1 when the largest prediction is at the
// position given by the target, a class number k (one value per row).
func SparseCategoricalAccuracy(name string) Metric {
	return metricFunc{name: name, sparse: true, f: func(t, p []float64) float64 {
		if float64(argmax(p)) == t[0] {
			return 1
		}
		return 0
	}}
}

func argmax(v []float64) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// MeanSquaredError is the mean over outputs of (t − p)².
func MeanSquaredError(name string) Metric {
	return metricFunc{name: name, f: func(t, p []float64) float64 {
		s := 0.0
		for i, pi := range p {
			d := t[i] - pi
			s += d * d
		}
		return s / float64(len(p))
	}}
}

// MeanAbsoluteError is the mean over outputs of |t − p|.
func MeanAbsoluteError(name string) Metric {
	return metricFunc{name: name, f: func(t, p []float64) float64 {
		s := 0.0
		for i, pi := range p {
			s += math.Abs(t[i] - pi)
		}
		return s / float64(len(p))
	}}
}

var metricNames = []string{"accuracy", "binary_accuracy", "categorical_accuracy", "sparse_categorical_accuracy", "mse", "mean_squared_error", "mae", "mean_absolute_error"}

// MetricNames returns the names MetricByName accepts.
func MetricNames() []string { return append([]string(nil), metricNames...) }

// MetricByName returns a metric by its Keras name. As in Keras, plain
// "accuracy" means categorical accuracy when the loss is
// categorical_crossentropy, sparse categorical accuracy when it is
// sparse_categorical_crossentropy, and binary accuracy otherwise.
func MetricByName(name, lossName string) (Metric, error) {
	switch name {
	case "accuracy", "acc":
		if strings.HasPrefix(lossName, "categorical_crossentropy") {
			return CategoricalAccuracy("accuracy"), nil
		}
		if strings.HasPrefix(lossName, "sparse_categorical_crossentropy") {
			return SparseCategoricalAccuracy("accuracy"), nil
		}
		return BinaryAccuracy("accuracy"), nil
	case "binary_accuracy":
		return BinaryAccuracy(name), nil
	case "categorical_accuracy":
		return CategoricalAccuracy(name), nil
	case "sparse_categorical_accuracy":
		return SparseCategoricalAccuracy(name), nil
	case "mse", "mean_squared_error":
		return MeanSquaredError(name), nil
	case "mae", "mean_absolute_error":
		return MeanAbsoluteError(name), nil
	}
	return nil, fmt.Errorf("unknown metric %q (valid: %s)", name, strings.Join(metricNames, ", "))
}
