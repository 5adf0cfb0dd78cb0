package nn

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// FitConfig says how Fit trains.
type FitConfig struct {
	Epochs    int // at least 1
	BatchSize int // 0 means 32, the Keras default
	// Shuffle reorders the training rows at the start of every epoch, from
	// a stream seeded with Seed, so a run can be repeated exactly.
	Shuffle bool
	Seed    uint64
	// ValidationSplit in [0, 1) holds out the LAST fraction of the rows
	// (taken before any shuffling, as Keras does): floor(n·(1−split)) rows
	// train and the rest are scored after each epoch as val_loss and
	// val_<metric>.
	ValidationSplit float64
	// EarlyStopping, when not nil, ends training once the monitored value
	// stops improving.
	EarlyStopping *EarlyStopping
	// OnEvent, when not nil, is called after every batch and every epoch,
	// on Fit's goroutine. The Event's slices are reused: copy what you keep.
	OnEvent func(Event)
}

// EarlyStopping follows Keras's callback of the same name.
type EarlyStopping struct {
	// Monitor is the history key to watch; default "val_loss".
	Monitor string
	// Patience is how many epochs without improvement to allow.
	Patience int
	// MinDelta is the smallest change that counts as an improvement.
	MinDelta float64
	// RestoreBestWeights puts back the weights of the best epoch when
	// training stops early (Keras restores only on an early stop, too).
	RestoreBestWeights bool
}

// EventKind tells a batch event from an epoch event.
type EventKind int

const (
	BatchEnd EventKind = iota // a batch has been trained on
	EpochEnd                  // an epoch has finished, validation included
)

// An Event reports progress. Names and Values are parallel: after a batch,
// the running means over the epoch so far ("loss", then each metric), which
// is what Keras's progress bar shows; after an epoch, the epoch's final
// values, then the val_ entries when there is a validation split.
type Event struct {
	Kind           EventKind
	Epoch, Epochs  int // 1-based
	Batch, Batches int // 1-based; Batch == Batches at EpochEnd
	Seen, Samples  int // training rows seen this epoch, out of Samples
	BatchLoss      float64
	Names          []string
	Values         []float64
}

// Status is how a Fit run ended.
type Status int

const (
	Completed    Status = iota // every epoch ran
	EarlyStopped               // EarlyStopping ended it
	Diverged                   // the loss became NaN or infinite
	Canceled                   // the context was canceled
)

func (s Status) String() string {
	switch s {
	case Completed:
		return "completed"
	case EarlyStopped:
		return "stopped early"
	case Diverged:
		return "diverged"
	case Canceled:
		return "canceled"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// History is what Fit returns: one value per completed epoch for each name.
type History struct {
	Names  []string             // "loss", metrics, then val_ entries
	Values map[string][]float64 // Values[name][epoch-1]
	Epochs int                  // epochs completed
	Status Status
	// Detail explains a Status other than Completed in one sentence,
	// e.g. "loss became NaN at epoch 3, batch 5".
	Detail string
	// BestEpoch is the epoch early stopping judged best (1-based), or 0.
	BestEpoch int
}

// Fit trains the model on x and y and returns its history.
//
// A loss that stops being a finite number ends the run with Status
// Diverged and no error: divergence is an outcome to show, not a bug.
// A canceled ctx ends it with Status Canceled and ctx's error. Invalid
// arguments return an error before any training.
func (m *Sequential) Fit(ctx context.Context, x, y [][]float64, cfg FitConfig) (*History, error) {
	if m.opt == nil {
		return nil, errors.New("fit: compile the model first")
	}
	if err := m.checkData(x, y); err != nil {
		return nil, err
	}
	if cfg.Epochs < 1 {
		return nil, fmt.Errorf("epochs must be at least 1, got %d", cfg.Epochs)
	}
	if cfg.BatchSize == 0 {
		cfg.BatchSize = 32
	}
	if cfg.BatchSize < 1 {
		return nil, fmt.Errorf("batch size must be at least 1, got %d", cfg.BatchSize)
	}
	if !(cfg.ValidationSplit >= 0 && cfg.ValidationSplit < 1) {
		return nil, fmt.Errorf("validation split must be in [0, 1), got %g", cfg.ValidationSplit)
	}
	nTrain := len(x)
	if cfg.ValidationSplit > 0 {
		nTrain = int(math.Floor(float64(len(x)) * (1 - cfg.ValidationSplit)))
		if nTrain == 0 || nTrain == len(x) {
			return nil, fmt.Errorf("validation split %g of %d rows leaves %d for training and %d for validation; both need at least 1",
				cfg.ValidationSplit, len(x), nTrain, len(x)-nTrain)
		}
	}

	h := &History{Values: map[string][]float64{}}
	trainNames := append([]string{"loss"}, m.MetricNames()...)
	h.Names = trainNames
	if nTrain < len(x) {
		for _, name := range trainNames {
			h.Names = append(h.Names, "val_"+name)
		}
	}
	stopper, err := newStopper(cfg.EarlyStopping, h.Names)
	if err != nil {
		return nil, err
	}

	trainIdx := allRows(len(x))
	valIdx := trainIdx[nTrain:]
	trainIdx = trainIdx[:nTrain]
	rng := rand.New(rand.NewPCG(cfg.Seed, 0xf17))
	batches := (nTrain + cfg.BatchSize - 1) / cfg.BatchSize
	m.prepare(min(cfg.BatchSize, nTrain))
	values := make([]float64, len(h.Names))
	running := values[:len(trainNames)]

	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		if cfg.Shuffle {
			rng.Shuffle(len(trainIdx), func(i, j int) { trainIdx[i], trainIdx[j] = trainIdx[j], trainIdx[i] })
		}
		lossSum := 0.0 // Σ batch loss × batch size
		clear(m.metricSums)
		for b := range batches {
			if err := ctx.Err(); err != nil {
				h.Status, h.Detail = Canceled, fmt.Sprintf("canceled during epoch %d", epoch)
				return h, err
			}
			idx := trainIdx[b*cfg.BatchSize : min((b+1)*cfg.BatchSize, nTrain)]
			n := len(idx)
			gather(m.xBuf, x, idx, m.inputs)
			gather(m.yBuf, y, idx, m.targetWidth())
			batchLoss := m.trainStep(n)
			if !isFinite(batchLoss) {
				h.Status = Diverged
				h.Detail = fmt.Sprintf("loss became %s at epoch %d, batch %d", nonFiniteWord(batchLoss), epoch, b+1)
				return h, nil
			}
			lossSum += batchLoss * float64(n)
			seen := b*cfg.BatchSize + n
			running[0] = lossSum / float64(seen)
			for k := range m.metrics {
				running[1+k] = m.metricSums[k] / float64(seen)
			}
			if i := firstNonFinite(running); i >= 0 {
				h.Status = Diverged
				h.Detail = fmt.Sprintf("%s became %s at epoch %d, batch %d", trainNames[i], nonFiniteWord(running[i]), epoch, b+1)
				return h, nil
			}
			if cfg.OnEvent != nil {
				cfg.OnEvent(Event{Kind: BatchEnd, Epoch: epoch, Epochs: cfg.Epochs, Batch: b + 1, Batches: batches,
					Seen: seen, Samples: nTrain, BatchLoss: batchLoss, Names: trainNames, Values: running})
			}
		}
		if len(valIdx) > 0 {
			m.evaluate(x, y, valIdx, values[len(trainNames):])
			if i := firstNonFinite(values); i >= 0 {
				h.Status = Diverged
				h.Detail = fmt.Sprintf("%s became %s at epoch %d", h.Names[i], nonFiniteWord(values[i]), epoch)
				return h, nil
			}
		}
		for i, name := range h.Names {
			h.Values[name] = append(h.Values[name], values[i])
		}
		h.Epochs = epoch
		if cfg.OnEvent != nil {
			cfg.OnEvent(Event{Kind: EpochEnd, Epoch: epoch, Epochs: cfg.Epochs, Batch: batches, Batches: batches,
				Seen: nTrain, Samples: nTrain, Names: h.Names, Values: values})
		}
		if stopper != nil && stopper.stop(m, epoch, values) {
			h.Status = EarlyStopped
			h.BestEpoch = stopper.bestEpoch
			h.Detail = fmt.Sprintf("%s did not improve for %d epochs; best was epoch %d", stopper.cfg.Monitor, stopper.cfg.Patience, stopper.bestEpoch)
			if stopper.cfg.RestoreBestWeights && stopper.best != nil {
				copy(m.Params, stopper.best)
				h.Detail += " (its weights restored)"
			}
			return h, nil
		}
	}
	if stopper != nil {
		h.BestEpoch = stopper.bestEpoch
	}
	h.Status = Completed
	return h, nil
}

// stopper is EarlyStopping's running state.
type stopper struct {
	cfg       EarlyStopping
	index     int     // position of the monitored value in the epoch logs
	sign      float64 // +1 when lower is better, −1 when higher is better
	bestValue float64
	bestEpoch int
	wait      int
	best      []float64 // weights at the best epoch, if restoring
}

func newStopper(es *EarlyStopping, names []string) (*stopper, error) {
	if es == nil {
		return nil, nil
	}
	s := &stopper{cfg: *es, sign: 1, bestValue: math.Inf(1)}
	if s.cfg.Monitor == "" {
		s.cfg.Monitor = "val_loss"
	}
	s.index = slices.Index(names, s.cfg.Monitor)
	if s.index < 0 {
		return nil, fmt.Errorf("early stopping: cannot monitor %q (valid: %s)", s.cfg.Monitor, strings.Join(names, ", "))
	}
	if s.cfg.Patience < 0 {
		return nil, fmt.Errorf("early stopping: patience must be at least 0, got %d", s.cfg.Patience)
	}
	// Keras's mode "auto": accuracies are better higher, everything else lower.
	if strings.Contains(s.cfg.Monitor, "acc") {
		s.sign = -1
	}
	return s, nil
}

// stop records an epoch's values and reports whether training should end.
// An improvement must beat the best by more than MinDelta.
func (s *stopper) stop(m *Sequential, epoch int, values []float64) bool {
	v := s.sign * values[s.index]
	if v+math.Abs(s.cfg.MinDelta) < s.bestValue {
		s.bestValue, s.bestEpoch, s.wait = v, epoch, 0
		if s.cfg.RestoreBestWeights {
			s.best = append(s.best[:0], m.Params...)
		}
		return false
	}
	s.wait++
	return s.wait >= max(s.cfg.Patience, 1) // wait ≥ 1 here, so patience 0 acts like 1, as in Keras
}

// firstNonFinite returns the index of the first NaN or ±Inf in v, or −1.
func firstNonFinite(v []float64) int {
	for i, x := range v {
		if !isFinite(x) {
			return i
		}
	}
	return -1
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

func nonFiniteWord(v float64) string {
	if math.IsNaN(v) {
		return "NaN"
	}
	return "infinite"
}
