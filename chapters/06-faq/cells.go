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
	//go:embed debugging.go
	debuggingSrc []byte
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
			ID:    "no-floor",
			Title: "The descent lemma without a floor: x² − y²",
			Params: []book.Param{
				{Name: "lr", Doc: "learning rate η (the lemma needs η < 2/L = 1)", Kind: book.Float, Default: 0.1, Min: 0.01, Max: 0.99, Log: true},
				{Name: "offset", Doc: "the start's distance from the x-axis", Kind: book.Float, Default: 1e-9, Min: 1e-12, Max: 1, Log: true},
				{Name: "steps", Doc: "gradient-descent steps", Kind: book.Int, Default: 150, Min: 1, Max: 1000},
			},
			Run:    runNoFloor,
			Source: book.MustSource(basicsSrc, "runNoFloor"),
		},
		{
			ID:    "penalty-train-loss",
			Title: "A penalty raises the training error",
			Params: []book.Param{
				{Name: "degree", Doc: "degree of the polynomial", Kind: book.Int, Default: 9, Min: 1, Max: 15},
				{Name: "points", Doc: "points in the training set", Kind: book.Int, Default: 12, Min: 3, Max: 200},
				{Name: "noise", Doc: "σ of the noise on y", Kind: book.Float, Default: 0.2, Min: 0, Max: 2},
				seedParam,
			},
			Run:    runPenaltyTrainVal,
			Source: book.MustSource(overfitSrc, "ridge") + "\n\n" + book.MustSource(overfitSrc, "runPenaltyTrainVal"),
		},
		{
			ID:    "bias-variance",
			Title: "What an L2 penalty trades: bias for variance",
			Params: []book.Param{
				{Name: "degree", Doc: "degree of the polynomial", Kind: book.Int, Default: 9, Min: 1, Max: 15},
				{Name: "points", Doc: "points in each training set", Kind: book.Int, Default: 12, Min: 3, Max: 200},
				{Name: "noise", Doc: "σ of the noise on y", Kind: book.Float, Default: 0.2, Min: 0, Max: 2},
				{Name: "sets", Doc: "R, the number of training sets drawn", Kind: book.Int, Default: 200, Min: 20, Max: 2000},
				seedParam,
			},
			Run:    runBiasVariance,
			Source: book.MustSource(overfitSrc, "runBiasVariance"),
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
				{Name: "beta", Doc: "β of the loss's moving average (0: no smoothing; fastai uses 0.98)", Kind: book.Float, Default: 0.9, Min: 0, Max: 0.99},
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
				{Name: "steps", Doc: "the equal step budget of the last column", Kind: book.Int, Default: 40, Min: 1, Max: 1000},
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
			ID:    "gradcheck-pitfalls",
			Title: "When a correct gradient fails its check",
			Params: []book.Param{
				{Name: "kink", Doc: "how far the ReLU's input sits above its kink", Kind: book.Float, Default: 1e-6, Min: 1e-9, Max: 0.1, Log: true},
			},
			Run: runGradCheckPitfalls,
			Source: book.MustSource(debuggingSrc, "centralDiff") + "\n\n" + book.MustSource(debuggingSrc, "relativeError") +
				"\n\n" + book.MustSource(debuggingSrc, "runGradCheckPitfalls"),
		},
		{
			ID:    "init-loss",
			Title: "The loss before the first step",
			Params: []book.Param{
				{Name: "scale", Doc: "factor on the last layer's initial weights", Kind: book.Float, Default: 10, Min: 0.01, Max: 100, Log: true},
				seedParam,
			},
			Run:    runInitLoss,
			Source: book.MustSource(debuggingSrc, "initialLoss") + "\n\n" + book.MustSource(debuggingSrc, "runInitLoss"),
		},
		{
			ID:    "overfit-tiny-batch",
			Title: "Overfit a handful of rows first",
			Params: []book.Param{
				{Name: "rows", Doc: "rows in the tiny training set", Kind: book.Int, Default: 16, Min: 2, Max: 200},
				{Name: "steps", Doc: "full-batch steps", Kind: book.Int, Default: 200, Min: 1, Max: 2000},
				seedParam,
			},
			Run:    runOverfitTiny,
			Source: book.MustSource(debuggingSrc, "runOverfitTiny"),
		},
		{
			ID:    "update-ratio",
			Title: "The update-to-weight ratio",
			Params: []book.Param{
				{Name: "optimizer", Doc: "the optimizer to train with", Kind: book.Choice, Choices: []string{"adam", "sgd"}, Choice: "adam"},
				{Name: "epochs", Doc: "passes over the 800 training rows", Kind: book.Int, Default: 10, Min: 1, Max: 20},
				seedParam,
			},
			Run:    runUpdateRatio,
			Source: book.MustSource(debuggingSrc, "kernelRatios") + "\n\n" + book.MustSource(debuggingSrc, "runUpdateRatio"),
		},
		{
			ID:    "adam-warmup",
			Title: "Warming up Adam",
			Params: []book.Param{
				{Name: "lr", Doc: "Adam's learning rate η after the warm-up", Kind: book.Float, Default: 0.1, Min: 1e-3, Max: 1, Log: true},
				{Name: "warmup", Doc: "W, the steps of the linear ramp η/W, 2η/W, …, η", Kind: book.Int, Default: 300, Min: 1, Max: 2000},
				{Name: "steps", Doc: "mini-batch steps per run", Kind: book.Int, Default: 600, Min: 60, Max: 3000},
			},
			Run:    runAdamWarmup,
			Source: book.MustSource(debuggingSrc, "warmupRun") + "\n\n" + book.MustSource(debuggingSrc, "runAdamWarmup"),
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
