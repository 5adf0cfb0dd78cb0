package nn

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"descent/core/loss"
)

// Optimizer is the part of optim.Optimizer that training uses: every
// optimizer from core/optim is one (optim.New returns them).
type Optimizer interface {
	Name() string
	Step(params, grad []float64)
}

// Sequential is a stack of Dense layers, each feeding the next.
//
// A model is not safe for concurrent use: run Fit, Evaluate and Predict
// from one goroutine at a time (the TUI trains on its own goroutine and
// reads progress from Fit's events). A layer belongs to one model.
type Sequential struct {
	inputs int
	layers []*DenseLayer

	// Params holds every weight of the network, layer by layer, kernel then
	// bias; Grads is ∂loss/∂Params after a training step. The layers'
	// Kernel and Bias are views into Params: change the values, never the
	// slices themselves.
	Params []float64
	Grads  []float64

	opt     Optimizer
	loss    loss.Loss
	metrics []Metric

	// Batch buffers, reused from step to step (see trainStep).
	xBuf, yBuf, gradOut []float64
	metricSums          []float64
}

// NewSequential builds a model for rows of the given width and initializes
// its weights from seed. Each layer's kernel is filled in order from one
// random stream, so the same seed always gives the same network.
func NewSequential(inputs int, seed uint64, layers ...*DenseLayer) (*Sequential, error) {
	if inputs < 1 {
		return nil, fmt.Errorf("a model needs at least 1 input, got %d", inputs)
	}
	if len(layers) == 0 {
		return nil, errors.New("a model needs at least one layer")
	}
	total := 0
	width := inputs
	for i, d := range layers {
		if d == nil || d.Activation == nil {
			return nil, fmt.Errorf("layer %d: no activation", i+1)
		}
		if d.Units < 1 {
			return nil, fmt.Errorf("layer %d: units must be at least 1, got %d", i+1, d.Units)
		}
		d.inputs = width
		width = d.Units
		total += d.paramCount()
	}
	m := &Sequential{inputs: inputs, layers: layers}
	m.Params = make([]float64, total)
	m.Grads = make([]float64, total)
	off := 0
	for _, d := range layers {
		k, b := d.inputs*d.Units, d.Units
		d.Kernel, d.GradKernel = m.Params[off:off+k:off+k], m.Grads[off:off+k:off+k]
		off += k
		d.Bias, d.GradBias = m.Params[off:off+b:off+b], m.Grads[off:off+b:off+b]
		off += b
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	for i, d := range layers {
		if d.KernelInit == "" {
			d.KernelInit = GlorotUniform
		}
		if d.BiasInit == "" {
			d.BiasInit = Zeros
		}
		if err := d.KernelInit.Fill(d.Kernel, d.inputs, d.Units, rng); err != nil {
			return nil, fmt.Errorf("layer %d kernel: %w", i+1, err)
		}
		if err := d.BiasInit.Fill(d.Bias, d.inputs, d.Units, rng); err != nil {
			return nil, fmt.Errorf("layer %d bias: %w", i+1, err)
		}
	}
	return m, nil
}

// Inputs is the width of an input row; Outputs that of a prediction.
func (m *Sequential) Inputs() int  { return m.inputs }
func (m *Sequential) Outputs() int { return m.layers[len(m.layers)-1].Units }

// Layers returns the model's layers, first to last.
func (m *Sequential) Layers() []*DenseLayer { return m.layers }

// Summary describes the model in one line per layer, like Keras's summary.
func (m *Sequential) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "input: %d\n", m.inputs)
	for i, d := range m.layers {
		fmt.Fprintf(&b, "layer %d: Dense(%d, %s)  kernel [%d][%d] + bias [%d] = %d params\n",
			i+1, d.Units, d.Activation.Name(), d.inputs, d.Units, d.Units, d.paramCount())
	}
	fmt.Fprintf(&b, "total params: %d\n", len(m.Params))
	return b.String()
}

// Compile sets how the model trains: the optimizer that updates Params,
// the loss it minimizes and the metrics reported beside it.
func (m *Sequential) Compile(opt Optimizer, l loss.Loss, metrics ...Metric) error {
	if opt == nil || l == nil {
		return errors.New("compile needs an optimizer and a loss")
	}
	seen := map[string]bool{"loss": true}
	for _, mt := range metrics {
		if mt == nil {
			return errors.New("compile: nil metric")
		}
		if seen[mt.Name()] {
			return fmt.Errorf("compile: metric %q given twice", mt.Name())
		}
		seen[mt.Name()] = true
	}
	sparseLoss := strings.HasPrefix(l.Name(), "sparse_")
	for _, mt := range metrics {
		if f, ok := mt.(metricFunc); ok && f.sparse != sparseLoss {
			if sparseLoss {
				return fmt.Errorf("compile: metric %q compares whole rows, but %s takes class numbers (use accuracy)", mt.Name(), l.Name())
			}
			return fmt.Errorf("compile: metric %q takes class numbers, but %s compares whole rows", mt.Name(), l.Name())
		}
	}
	m.opt, m.loss, m.metrics = opt, l, metrics
	m.metricSums = make([]float64, len(metrics))
	return nil
}

// Optimizer and Loss return what Compile was given.
func (m *Sequential) Optimizer() Optimizer { return m.opt }
func (m *Sequential) Loss() loss.Loss      { return m.loss }

// MetricNames returns the names of the compiled metrics, in order.
func (m *Sequential) MetricNames() []string {
	names := make([]string, len(m.metrics))
	for i, mt := range m.metrics {
		names[i] = mt.Name()
	}
	return names
}

// checkData reports rows whose width does not match the model.
func (m *Sequential) checkData(x, y [][]float64) error {
	if len(x) == 0 {
		return errors.New("no data rows")
	}
	if y != nil && len(y) != len(x) {
		return fmt.Errorf("%d input rows but %d target rows", len(x), len(y))
	}
	for i, row := range x {
		if len(row) != m.inputs {
			return fmt.Errorf("input row %d has %d values, the model expects %d", i+1, len(row), m.inputs)
		}
	}
	for i, row := range y {
		if len(row) != m.targetWidth() {
			if m.targetWidth() == 1 {
				return fmt.Errorf("target row %d has %d values, %s takes one class number per row", i+1, len(row), m.loss.Name())
			}
			return fmt.Errorf("target row %d has %d values, the model's last layer has %d units", i+1, len(row), m.Outputs())
		}
	}
	return nil
}

// targetWidth is the length of one target row: one value per output, or a
// single class number for the sparse_ losses.
func (m *Sequential) targetWidth() int {
	if m.loss != nil && strings.HasPrefix(m.loss.Name(), "sparse_") {
		return 1
	}
	return m.Outputs()
}

// gather copies the rows idx of x into one row-major buffer.
func gather(dst []float64, rows [][]float64, idx []int, width int) []float64 {
	dst = dst[:len(idx)*width]
	for r, i := range idx {
		copy(dst[r*width:(r+1)*width], rows[i])
	}
	return dst
}

func grow(buf []float64, n int) []float64 {
	if cap(buf) < n {
		return make([]float64, n)
	}
	return buf[:n]
}

// forward runs n rows through every layer and returns the last outputs.
func (m *Sequential) forward(x []float64, n int) []float64 {
	for _, d := range m.layers {
		x = d.forward(x, n)
	}
	return x
}

// regularization is the sum of the layers' penalties.
func (m *Sequential) regularization() float64 {
	s := 0.0
	for _, d := range m.layers {
		s += d.KernelRegularizer.penalty(d.Kernel)
	}
	return s
}

// batchLoss scores n predicted rows against y (both row-major): the mean
// per-sample loss. It also adds each metric's sum over the rows to
// m.metricSums.
func (m *Sequential) batchLoss(pred, y []float64, n int) float64 {
	out, tw := m.Outputs(), m.targetWidth()
	sum := 0.0
	for r := range n {
		p, t := pred[r*out:(r+1)*out], y[r*tw:(r+1)*tw]
		sum += m.loss.Sample(t, p)
		for k, mt := range m.metrics {
			m.metricSums[k] += mt.Sample(t, p)
		}
	}
	return sum / float64(n)
}

// trainStep is one step of gradient descent on n rows already gathered into
// m.xBuf and m.yBuf: forward, loss, backward, optimizer update. It returns
// the batch loss (mean loss plus regularization, before the update) and
// adds the metrics' per-row values to m.metricSums. A non-finite loss skips
// the update, so the weights stay the last finite ones. After the first
// call with a batch this large it allocates nothing.
func (m *Sequential) trainStep(n int) float64 {
	tw := m.targetWidth()
	x, y := m.xBuf[:n*m.inputs], m.yBuf[:n*tw]
	pred := m.forward(x, n)
	batch := m.batchLoss(pred, y, n) + m.regularization()
	if math.IsNaN(batch) || math.IsInf(batch, 0) {
		return batch // diverged: leave the weights as they were
	}

	// ∂(mean loss)/∂pred: each row's gradient, divided by n because the
	// batch loss is a mean over n rows.
	out := m.Outputs()
	m.gradOut = grow(m.gradOut, n*out)
	inv := 1 / float64(n)
	for r := range n {
		g := m.gradOut[r*out : (r+1)*out]
		m.loss.SampleGrad(y[r*tw:(r+1)*tw], pred[r*out:(r+1)*out], g)
		for j := range g {
			g[j] *= inv
		}
	}

	// Backward, last layer first; each layer adds into its gradient views.
	clear(m.Grads)
	grad := m.gradOut[:n*out]
	for i := len(m.layers) - 1; i >= 0; i-- {
		grad = m.layers[i].backward(grad, n, i > 0)
	}
	for _, d := range m.layers {
		d.KernelRegularizer.addGrad(d.Kernel, d.GradKernel)
	}
	m.opt.Step(m.Params, m.Grads)
	return batch
}

// TrainOnBatch does one training step on the rows of x and y and returns the
// batch loss measured before the update (as Keras's train_on_batch does).
func (m *Sequential) TrainOnBatch(x, y [][]float64) (float64, error) {
	if m.opt == nil {
		return 0, errors.New("train: compile the model first")
	}
	if err := m.checkData(x, y); err != nil {
		return 0, err
	}
	m.prepare(len(x))
	n := len(x)
	for r := range n {
		copy(m.xBuf[r*m.inputs:], x[r])
		copy(m.yBuf[r*m.targetWidth():], y[r])
	}
	clear(m.metricSums)
	return m.trainStep(n), nil
}

// prepare sizes the batch buffers for n rows.
func (m *Sequential) prepare(n int) {
	m.xBuf = grow(m.xBuf, n*m.inputs)
	m.yBuf = grow(m.yBuf, n*max(m.Outputs(), 1))
}

// Predict returns the model's outputs for each row of x.
func (m *Sequential) Predict(x [][]float64) ([][]float64, error) {
	if err := m.checkData(x, nil); err != nil {
		return nil, err
	}
	out := make([][]float64, len(x))
	for start := 0; start < len(x); start += predictBatch {
		end := min(start+predictBatch, len(x))
		n := end - start
		m.prepare(n)
		for r := range n {
			copy(m.xBuf[r*m.inputs:], x[start+r])
		}
		pred := m.forward(m.xBuf[:n*m.inputs], n)
		w := m.Outputs()
		for r := range n {
			out[start+r] = append([]float64(nil), pred[r*w:(r+1)*w]...)
		}
	}
	return out, nil
}

// predictBatch is how many rows Predict and Evaluate push through at once.
const predictBatch = 256

// Evaluate returns the loss (with regularization, as Keras reports it) and
// every compiled metric on x and y, keyed by name.
func (m *Sequential) Evaluate(x, y [][]float64) (map[string]float64, error) {
	if m.loss == nil {
		return nil, errors.New("evaluate: compile the model first")
	}
	if err := m.checkData(x, y); err != nil {
		return nil, err
	}
	logs := make([]float64, 1+len(m.metrics))
	m.evaluate(x, y, allRows(len(x)), logs)
	res := map[string]float64{"loss": logs[0]}
	for k, mt := range m.metrics {
		res[mt.Name()] = logs[1+k]
	}
	return res, nil
}

func allRows(n int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// evaluate writes the loss and metrics over rows idx into logs (loss
// first). It uses the training buffers, so it must not run inside a step.
func (m *Sequential) evaluate(x, y [][]float64, idx []int, logs []float64) {
	clear(m.metricSums)
	total := 0.0
	for start := 0; start < len(idx); start += predictBatch {
		end := min(start+predictBatch, len(idx))
		n := end - start
		m.prepare(n)
		xb := gather(m.xBuf, x, idx[start:end], m.inputs)
		yb := gather(m.yBuf, y, idx[start:end], m.targetWidth())
		pred := m.forward(xb, n)
		total += m.batchLoss(pred, yb, n) * float64(n)
	}
	count := float64(len(idx))
	logs[0] = total/count + m.regularization()
	for k := range m.metrics {
		logs[1+k] = m.metricSums[k] / count
	}
}

// finite reports whether every weight is a finite number.
func (m *Sequential) finite() bool {
	for _, v := range m.Params {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}
