package faq

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"descent/chapters/book"
	"descent/chapters/book/booktest"
	"descent/core/data"
)

// TestQuotes: every number the prose quotes is printed by the cell it
// comes from, with that cell's defaults.
func TestQuotes(t *testing.T) {
	booktest.CheckQuotes(t, Chapter(), []booktest.Quote{
		{Text: "after 5 steps", Cell: "why-optimize"},
		{Text: "-0.0761 +0.1240 +0.0213", Cell: "why-optimize"},
		{Text: "89.5%", Cell: "why-optimize"},
		{Text: "1.03e-16", Cell: "gd-converges"},
		{Text: "5.21e+07", Cell: "gd-converges"},
		{Text: "356.3795", Cell: "bias-variance"},
		{Text: "0.0674", Cell: "bias-variance"},
		{Text: "0.1639", Cell: "bias-variance"},
		{Text: "0.2713", Cell: "bias-variance"},
		{Text: "0.2695", Cell: "bias-variance"},
		{Text: "0.0131", Cell: "bias-variance"},
		{Text: "0.4064", Cell: "bias-variance"},
		{Text: "0.0448", Cell: "optimizer-zoo"},
		{Text: "2.58e-13", Cell: "optimizer-zoo"},
		{Text: "8.32e-12", Cell: "optimizer-zoo"},
		{Text: "η = 0.0841", Cell: "lr-range-test"},
		{Text: "η = 0.00841", Cell: "lr-range-test"},
		{Text: "0.1299", Cell: "lr-range-test"},
		{Text: "0.6155", Cell: "lr-range-test"},
		{Text: "0.2409", Cell: "lr-range-test"},
		{Text: "8.5587", Cell: "lr-range-test"},
		{Text: "0.2529", Cell: "batch-size"},
		{Text: "0.5843", Cell: "batch-size"},
		{Text: "0.6242", Cell: "batch-size"},
		{Text: "625", Cell: "batch-size"},
		{Text: "0.9140", Cell: "batch-size"},
		{Text: "0.4494", Cell: "batch-size"},
		{Text: "0.4206", Cell: "batch-size"},
		{Text: "0.4215", Cell: "batch-size"},
		{Text: "3.08", Cell: "batch-size"},
		{Text: "0.744", Cell: "batch-size"},
		{Text: "0.756", Cell: "batch-size"},
		{Text: "epoch 36 (0.4662)", Cell: "early-stopping"},
		{Text: "0.6568", Cell: "early-stopping"},
		{Text: "0.8363", Cell: "early-stopping"},
		{Text: "68.9%", Cell: "early-stopping"},
		{Text: "70.3%", Cell: "early-stopping"},
		{Text: "2.366", Cell: "robust-loss"},
		{Text: "1.382", Cell: "robust-loss"},
		{Text: "1.011", Cell: "robust-loss"},
		{Text: "2.001", Cell: "robust-loss"},
		{Text: "1.152", Cell: "robust-loss"},
		{Text: "1.929", Cell: "robust-loss"},
		{Text: "0/50", Cell: "adam-generalization"},
		{Text: "0.923", Cell: "adam-generalization"},
		{Text: "0.250", Cell: "adam-generalization"},
		{Text: "0.500", Cell: "adam-generalization"},
		{Text: "40%", Cell: "adam-generalization"},
		{Text: "0.680", Cell: "adam-generalization"},
		{Text: "0.259", Cell: "adam-generalization"},
	})
}

// TestEarlyStoppingTestRowsAreFresh: the early-stopping cell takes its test
// rows from a longer draw of the same generator, skipping the first 200,
// which must be exactly the training rows.
func TestEarlyStoppingTestRowsAreFresh(t *testing.T) {
	short, err := data.Generate("binary100", 200, 1)
	if err != nil {
		t.Fatal(err)
	}
	long, _ := data.Generate("binary100", 2000, 1)
	for i := range short.X {
		if !slices.Equal(short.X[i], long.X[i]) || !slices.Equal(short.Y[i], long.Y[i]) {
			t.Fatalf("row %d differs: the longer draw does not start with the training rows", i)
		}
	}
}

// TestWilsonData checks the construction: feature 0 is the label, 1 and 2
// are constant, and each sample owns 1 (positive) or 5 (negative) features
// no other sample has.
func TestWilsonData(t *testing.T) {
	x, y := wilsonData(30, 0.6, rand.New(rand.NewPCG(3, 4)))
	owners := make([]int, len(x[0]))
	for i, row := range x {
		if row[0] != y[i] || row[1] != 1 || row[2] != 1 {
			t.Fatalf("row %d starts %v, label %v", i, row[:3], y[i])
		}
		ownCount := 0
		for j := 3; j < len(row); j++ {
			if row[j] == 1 {
				ownCount++
				owners[j]++
			}
		}
		if ownCount != own(y[i]) {
			t.Errorf("row %d (label %v) has %d own features", i, y[i], ownCount)
		}
	}
	for j := 3; j < len(owners); j++ {
		if owners[j] != 1 {
			t.Errorf("feature %d is set in %d rows, want exactly 1", j, owners[j])
		}
	}
}

// TestFullBatchHasNoNoise: the prose says the measured noise of the full
// batch is only rounding error.
func TestFullBatchHasNoNoise(t *testing.T) {
	ds, err := data.Generate("binary100", 1000, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := measuredNoise(logistic{x: ds.X, y: ds.Y}, 1000, 10, 1); got > 1e-25 {
		t.Errorf("full-batch noise %g, want rounding error only", got)
	}
}

func TestCellsAreDeterministic(t *testing.T) {
	for _, c := range Chapter().Cells {
		a, err1 := book.RunDefault(context.Background(), &c)
		b, err2 := book.RunDefault(context.Background(), &c)
		if err1 != nil || err2 != nil || a != b {
			t.Errorf("%s: two runs differ or fail (%v, %v)", c.ID, err1, err2)
		}
	}
}
