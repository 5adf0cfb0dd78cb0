package faq

import (
	"context"
	"fmt"
	"math/rand/v2"

	"descent/chapters/book"
	"descent/core/optim"
)

// wilsonData builds the linearly separable problem of Wilson et al. (2017,
// §3.3). Label yᵢ is +1 with probability p, else −1. Feature 0 is yᵢ itself,
// features 1 and 2 are always 1, and each sample then owns features no
// other sample has: one if yᵢ = +1, five if yᵢ = −1. A new sample's own
// features were never seen in training, so its score is w₀·y + w₁ + w₂.
func wilsonData(n int, p float64, rng *rand.Rand) (x [][]float64, y []float64) {
	var labels []float64
	width := 3
	for range n {
		label := -1.0
		if rng.Float64() < p {
			label = 1
		}
		labels = append(labels, label)
		width += own(label)
	}
	next := 3
	for _, label := range labels {
		row := make([]float64, width)
		row[0], row[1], row[2] = label, 1, 1
		for k := range own(label) {
			row[next+k] = 1
		}
		next += own(label)
		x, y = append(x, row), append(y, label)
	}
	return x, y
}

// own is how many features of its own a sample with this label has.
func own(label float64) int {
	if label == 1 {
		return 1
	}
	return 5
}

// fitSquares minimizes the squared loss (1/2n)·Σᵢ (xᵢ·w − yᵢ)² with full-batch
// steps of one optimizer from w = 0, as in the paper. Each row has at most 8
// non-zero features, so the gradient loops over those alone.
func fitSquares(ctx context.Context, opt optim.Optimizer, x [][]float64, y []float64, steps int) ([]float64, error) {
	type entry struct {
		j int
		v float64
	}
	rows := make([][]entry, len(x))
	for i, row := range x {
		for j, v := range row {
			if v != 0 {
				rows[i] = append(rows[i], entry{j, v})
			}
		}
	}
	w, grad := make([]float64, len(x[0])), make([]float64, len(x[0]))
	for t := range steps {
		if t%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		clear(grad)
		for i, row := range rows {
			r := -y[i]
			for _, e := range row {
				r += e.v * w[e.j]
			}
			for _, e := range row {
				grad[e.j] += r * e.v / float64(len(x))
			}
		}
		opt.Step(w, grad)
	}
	return w, nil
}

// runGeneralization trains each optimizer on the same data to (almost)
// zero training error and counts its mistakes on new samples.
func runGeneralization(ctx context.Context, in book.Inputs, out book.Output) error {
	rng := rand.New(rand.NewPCG(uint64(in.Int("seed")), 31))
	p := in.Float("p")
	x, y := wilsonData(in.Int("samples"), p, rng)
	var rows [][]string
	for _, run := range []struct {
		name, kind string
		values     map[string]float64
	}{
		{"sgd", "sgd", map[string]float64{"lr": 0.1}},
		{"sgd, momentum 0.9", "sgd", map[string]float64{"lr": 0.01, "momentum": 0.9}},
		{"adagrad, s₀ = 0 (paper)", "adagrad", map[string]float64{"lr": 0.1, "initial_accumulator": 0}},
		{"adagrad, s₀ = 0.1 (Keras)", "adagrad", map[string]float64{"lr": 0.1, "initial_accumulator": 0.1}},
		{"rmsprop", "rmsprop", map[string]float64{"lr": 0.01}},
		{"adam", "adam", map[string]float64{"lr": 0.01}},
		{"adamw, wd = 0.01", "adamw", map[string]float64{"lr": 0.01, "weight_decay": 0.01}},
	} {
		opt, err := optim.New(run.kind, run.values)
		if err != nil {
			return err
		}
		w, err := fitSquares(ctx, opt, x, y, in.Int("steps"))
		if err != nil {
			return err
		}
		trainErrors := 0
		for i, row := range x {
			score := 0.0
			for j, xj := range row {
				score += xj * w[j]
			}
			if score*y[i] <= 0 {
				trainErrors++
			}
		}
		// A new sample scores w₀·y + w₁ + w₂: positives are right when
		// w₀ + w₁ + w₂ > 0, negatives when −w₀ + w₁ + w₂ < 0.
		positivesRight := w[0]+w[1]+w[2] > 0
		negativesRight := -w[0]+w[1]+w[2] < 0
		testError := 0.0
		if !positivesRight {
			testError += p
		}
		if !negativesRight {
			testError += 1 - p
		}
		rows = append(rows, []string{run.name, fmt.Sprint(run.values["lr"]), fmt.Sprintf("%d/%d", trainErrors, len(x)),
			fmt.Sprintf("%.3f", w[0]), fmt.Sprintf("%.3f", w[1]+w[2]), fmt.Sprintf("%.0f%%", 100*testError)})
	}
	out.Printf("%d samples, %d features, P(y = +1) = %g, %d full-batch steps on the squared loss\n",
		len(x), len(x[0]), p, in.Int("steps"))
	out.Printf("%s", book.Table([]string{"optimizer", "η", "train errors", "w₀ (the label)", "w₁ + w₂ (the constant)", "test error"}, rows))
	return nil
}
