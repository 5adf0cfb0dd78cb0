package faq

import (
	_ "embed"

	"descent/chapters/book"
)

var (
	//go:embed basics.go
	basicsSrc []byte
	//go:embed overfit.go
	overfitSrc []byte
	//go:embed optimizers.go
	optimizersSrc []byte
	//go:embed generalization.go
	generalizationSrc []byte
	//go:embed losses.go
	lossesSrc []byte
)

var seedParam = book.Param{Name: "seed", Doc: "seed of the random draws", Kind: book.Int, Default: 1, Min: 0, Max: 1 << 30}

// cells lists this chapter's cells in reading order.
func cells() []book.Cell {
	return []book.Cell{
		{
			ID:    "why-optimize",
			Title: "The loss has a slope; the accuracy does not",
			Params: []book.Param{
				{Name: "lr", Doc: "learning rate η", Kind: book.Float, Default: 1, Min: 1e-3, Max: 10, Log: true},
				{Name: "steps", Doc: "gradient-descent steps", Kind: book.Int, Default: 200, Min: 1, Max: 5000},
				{Name: "probe", Doc: "the step at which to measure both slopes", Kind: book.Int, Default: 5, Min: 0, Max: 5000},
				seedParam,
			},
			Run:    runWhyOptimize,
			Source: book.MustSource(basicsSrc, "runWhyOptimize") + "\n\n" + book.MustSource(basicsSrc, "printSlopes"),
		},
		{
			ID:    "gd-converges",
			Title: "When gradient descent converges, and to what",
			Params: []book.Param{
				{Name: "steps", Doc: "steps per run", Kind: book.Int, Default: 200, Min: 1, Max: 10000},
			},
			Run:    runConverges,
			Source: book.MustSource(basicsSrc, "runConverges") + "\n\n" + book.MustSource(basicsSrc, "verdict"),
		},
		{
			ID:    "bias-variance",
			Title: "What an L2 penalty trades: bias for variance",
			Params: []book.Param{
				{Name: "degree", Doc: "degree of the polynomial", Kind: book.Int, Default: 9, Min: 1, Max: 15},
				{Name: "points", Doc: "points in each training set", Kind: book.Int, Default: 12, Min: 3, Max: 200},
				{Name: "noise", Doc: "σ of the noise on y", Kind: book.Float, Default: 0.2, Min: 0, Max: 2},
				seedParam,
			},
			Run:    runBiasVariance,
			Source: book.MustSource(overfitSrc, "ridge") + "\n\n" + book.MustSource(overfitSrc, "runBiasVariance"),
		},
		{
			ID:    "optimizer-zoo",
			Title: "Every optimizer at its best rate",
			Params: []book.Param{
				{Name: "surface", Doc: "the function to minimize", Kind: book.Choice, Choices: []string{"rosenbrock", "beale", "quadratic", "himmelblau", "ellipse"}, Choice: "rosenbrock"},
				{Name: "steps", Doc: "steps per run", Kind: book.Int, Default: 1000, Min: 10, Max: 20000},
			},
			Run:    runZoo,
			Source: book.MustSource(optimizersSrc, "bestRun") + "\n\n" + book.MustSource(optimizersSrc, "runZoo"),
		},
		{
			ID:    "lr-range-test",
			Title: "The learning-rate range test",
			Params: []book.Param{
				{Name: "lo", Doc: "first rate", Kind: book.Float, Default: 1e-6, Min: 1e-8, Max: 1e-2, Log: true},
				{Name: "hi", Doc: "last rate", Kind: book.Float, Default: 10, Min: 1e-3, Max: 100, Log: true},
				{Name: "steps", Doc: "mini-batches in the test (one per rate)", Kind: book.Int, Default: 200, Min: 10, Max: 2000},
				seedParam,
			},
			Run:    runRangeTest,
			Source: book.MustSource(optimizersSrc, "rangeTest") + "\n\n" + book.MustSource(optimizersSrc, "runRangeTest"),
		},
		{
			ID:    "batch-size",
			Title: "Batch size: noise against steps",
			Params: []book.Param{
				{Name: "lr", Doc: "SGD's learning rate, the same for every batch size", Kind: book.Float, Default: 0.1, Min: 1e-3, Max: 2, Log: true},
				{Name: "epochs", Doc: "passes over the data", Kind: book.Int, Default: 5, Min: 1, Max: 50},
				{Name: "steps", Doc: "the equal step budget of the last column", Kind: book.Int, Default: 40, Min: 1, Max: 5000},
				seedParam,
			},
			Run:    runBatchSize,
			Source: book.MustSource(optimizersSrc, "runBatchSize") + "\n\n" + book.MustSource(optimizersSrc, "miniBatchSGD"),
		},
		{
			ID:    "early-stopping",
			Title: "Early stopping on a network that overfits",
			Params: []book.Param{
				{Name: "epochs", Doc: "epochs for the full run (and the most early stopping may use)", Kind: book.Int, Default: 150, Min: 5, Max: 1000},
				{Name: "patience", Doc: "epochs without a better validation loss before stopping", Kind: book.Int, Default: 10, Min: 1, Max: 100},
				seedParam,
			},
			Run:    runEarlyStopping,
			Source: book.MustSource(overfitSrc, "runEarlyStopping"),
		},
		{
			ID:    "robust-loss",
			Title: "MSE, MAE and Huber on data with outliers",
			Params: []book.Param{
				{Name: "outliers", Doc: "fraction of points moved up by 10", Kind: book.Float, Default: 0.1, Min: 0, Max: 0.45},
				{Name: "delta", Doc: "Huber's δ: residuals beyond it count linearly", Kind: book.Float, Default: 1, Min: 0.01, Max: 100, Log: true},
				seedParam,
			},
			Run:    runRobustLoss,
			Source: book.MustSource(lossesSrc, "fitLine") + "\n\n" + book.MustSource(lossesSrc, "runRobustLoss"),
		},
		{
			ID:    "adam-generalization",
			Title: "Where adaptive methods generalize worse: Wilson et al.'s example",
			Params: []book.Param{
				{Name: "samples", Doc: "training samples", Kind: book.Int, Default: 50, Min: 4, Max: 200},
				{Name: "p", Doc: "probability that a label is +1 (the paper needs p > ½)", Kind: book.Float, Default: 0.6, Min: 0.5, Max: 0.95},
				{Name: "steps", Doc: "full-batch steps", Kind: book.Int, Default: 3000, Min: 10, Max: 10000},
				seedParam,
			},
			Run:    runGeneralization,
			Source: book.MustSource(generalizationSrc, "wilsonData") + "\n\n" + book.MustSource(generalizationSrc, "runGeneralization"),
		},
	}
}
