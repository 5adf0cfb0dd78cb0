package faq

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"descent/chapters/book"
	"descent/chapters/book/booktest"
	"descent/core/data"
	"descent/runner"
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
		{Text: "-5.68e+05", Cell: "no-floor"},
		{Text: "1.51e+03", Cell: "no-floor"},
		{Text: "0.222", Cell: "no-floor"},
		{Text: "4.21e+04", Cell: "no-floor"},
		{Text: "held at every step", Cell: "no-floor"},
		{Text: "0.0041", Cell: "penalty-train-loss"},
		{Text: "0.3847", Cell: "penalty-train-loss"},
		{Text: "0.3056", Cell: "penalty-train-loss"},
		{Text: "0.0658", Cell: "penalty-train-loss"},
		{Text: "4.19e+03", Cell: "penalty-train-loss"},
		{Text: "0.228", Cell: "penalty-train-loss"},
		{Text: "R = 200", Cell: "bias-variance"},
		{Text: "1.2926", Cell: "bias-variance"},
		{Text: "1.7909", Cell: "bias-variance"},
		{Text: "-0.4982", Cell: "bias-variance"},
		{Text: "358.1704", Cell: "bias-variance"},
		{Text: "-0.0564", Cell: "bias-variance"},
		{Text: "-0.0038", Cell: "bias-variance"},
		{Text: "0.0011", Cell: "bias-variance"},
		{Text: "0.0665", Cell: "bias-variance"},
		{Text: "0.4063", Cell: "bias-variance"},
		{Text: "0.1648", Cell: "bias-variance"},
		{Text: "0.0131", Cell: "bias-variance"},
		{Text: "0.2713", Cell: "bias-variance"},
		{Text: "0.2695", Cell: "bias-variance"},
		{Text: "0.0448", Cell: "optimizer-zoo"},
		{Text: "2.58e-13", Cell: "optimizer-zoo"},
		{Text: "8.32e-12", Cell: "optimizer-zoo"},
		{Text: "η = 0.0841", Cell: "lr-range-test"},
		{Text: "η = 0.00841", Cell: "lr-range-test"},
		{Text: "0.1299", Cell: "lr-range-test"},
		{Text: "0.6155", Cell: "lr-range-test"},
		{Text: "0.2409", Cell: "lr-range-test"},
		{Text: "8.5587", Cell: "lr-range-test"},
		{Text: "η = 0.0659", Cell: "lr-range-test"},
		{Text: "0.0737", Cell: "lr-range-test"},
		{Text: "η = 1e-07", Cell: "lr-range-test"},
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
		{Text: "1.155", Cell: "robust-loss"},
		{Text: "1.927", Cell: "robust-loss"},
		{Text: "999.3", Cell: "robust-loss"},
		{Text: "5.6e-11", Cell: "gradcheck-pitfalls"},
		{Text: "0.00012", Cell: "gradcheck-pitfalls"},
		{Text: "0.055", Cell: "gradcheck-pitfalls"},
		{Text: "1e-06 above its kink", Cell: "gradcheck-pitfalls"},
		{Text: "0.5", Cell: "gradcheck-pitfalls"},
		{Text: "0.25", Cell: "gradcheck-pitfalls"},
		{Text: "1e-08", Cell: "gradcheck-pitfalls"},
		{Text: "0.6931", Cell: "init-loss"},
		{Text: "2.3026", Cell: "init-loss"},
		{Text: "1.2164", Cell: "init-loss"},
		{Text: "4.7927", Cell: "init-loss"},
		{Text: "4.6052", Cell: "init-loss"},
		{Text: "7.8788", Cell: "init-loss"},
		{Text: "12.6415", Cell: "init-loss"},
		{Text: "10.9% positives", Cell: "init-loss"},
		{Text: "-2.1010", Cell: "init-loss"},
		{Text: "0.3581", Cell: "init-loss"},
		{Text: "0.3444", Cell: "init-loss"},
		{Text: "0.6759", Cell: "init-loss"},
		{Text: "0.6036", Cell: "init-loss"},
		{Text: "5.239e-05", Cell: "overfit-tiny-batch"},
		{Text: "100%", Cell: "overfit-tiny-batch"},
		{Text: "0.6891", Cell: "overfit-tiny-batch"},
		{Text: "16.1181", Cell: "overfit-tiny-batch"},
		{Text: "0.7874", Cell: "overfit-tiny-batch"},
		{Text: "0.0022", Cell: "update-ratio"},
		{Text: "0.0011", Cell: "update-ratio"},
		{Text: "0.0012", Cell: "update-ratio"},
		{Text: "0.4912", Cell: "update-ratio"},
		{Text: "0.0039", Cell: "update-ratio"},
		{Text: "0.012", Cell: "update-ratio"},
		{Text: "0.0116", Cell: "update-ratio"},
		{Text: "0.7517", Cell: "update-ratio"},
		{Text: "3.9e-07", Cell: "update-ratio"},
		{Text: "8.4620", Cell: "update-ratio"},
		{Text: "0.000333", Cell: "adam-warmup"},
		{Text: "23/160", Cell: "adam-warmup"},
		{Text: "0/160", Cell: "adam-warmup"},
		{Text: "45/160", Cell: "adam-warmup"},
		{Text: "18/160", Cell: "adam-warmup"},
		{Text: "7/8", Cell: "adam-warmup"},
		{Text: "8/8", Cell: "adam-warmup"},
		{Text: "0/50", Cell: "adam-generalization"},
		{Text: "0.923", Cell: "adam-generalization"},
		{Text: "0.250", Cell: "adam-generalization"},
		{Text: "0.500", Cell: "adam-generalization"},
		{Text: "40%", Cell: "adam-generalization"},
		{Text: "0.680", Cell: "adam-generalization"},
		{Text: "0.259", Cell: "adam-generalization"},
		{Text: "wd = 0.01", Cell: "adam-generalization"},
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

// TestExercisesPointAtRealSections: every exercise of this chapter names a
// heading of chapter.md as the section that teaches it.
func TestExercisesPointAtRealSections(t *testing.T) {
	headings := map[string]bool{}
	for _, line := range strings.Split(markdown, "\n") {
		if strings.HasPrefix(line, "#") {
			headings[strings.TrimSpace(strings.TrimLeft(line, "#"))] = true
		}
	}
	exercises := runner.ByChapter("06-faq")
	if len(exercises) < 7 {
		t.Errorf("chapter 06 has %d exercises, want at least 7", len(exercises))
	}
	for _, e := range exercises {
		if !headings[e.Section] {
			t.Errorf("exercise %s points at %q, which is not a heading of chapter.md", e.Name, e.Section)
		}
	}
}
