package trends

import (
	_ "embed"

	"descent/chapters/book"
)

var (
	//go:embed adaptive.go
	adaptiveSrc []byte
	//go:embed distributed.go
	distributedSrc []byte
	//go:embed imbalance.go
	imbalanceSrc []byte
	//go:embed sparse.go
	sparseSrc []byte
	//go:embed rotated.go
	rotatedSrc []byte
	//go:embed weights.go
	weightsSrc []byte
)

var seedParam = book.Param{Name: "seed", Doc: "seed of the random draws", Kind: book.Int, Default: 1, Min: 0, Max: 1 << 30}

// cells lists this chapter's cells in reading order.
func cells() []book.Cell {
	return []book.Cell{
		{
			ID:    "adaptive-vs-schedule",
			Title: "Adaptivity fixes scale, schedules fix noise",
			Params: []book.Param{
				{Name: "noise", Doc: "σ of the Gaussian noise added to each gradient coordinate", Kind: book.Float, Default: 1, Min: 0, Max: 10},
				{Name: "steps", Doc: "optimizer steps", Kind: book.Int, Default: 1000, Min: 10, Max: 20000},
				{Name: "sgd-lr", Doc: "SGD's learning rate (stable below 2/L = 0.5)", Kind: book.Float, Default: 0.2, Min: 1e-4, Max: 1, Log: true},
				{Name: "adam-lr", Doc: "Adam's and AdaBelief's learning rate", Kind: book.Float, Default: 0.1, Min: 1e-4, Max: 1, Log: true},
				seedParam,
			},
			Run:    runAdaptive,
			Source: book.MustSource(adaptiveSrc, "runAdaptive") + "\n\n" + book.MustSource(adaptiveSrc, "noisyRun"),
		},
		{
			ID:    "rotated-bowl",
			Title: "A diagonal rescaling fixes only axis-aligned conditioning",
			Params: []book.Param{
				{Name: "angle", Doc: "how far the second bowl is turned, in degrees", Kind: book.Float, Default: 45, Min: 0, Max: 90},
				{Name: "steps", Doc: "optimizer steps", Kind: book.Int, Default: 100, Min: 10, Max: 20000},
				{Name: "sgd-lr", Doc: "SGD's learning rate (stable below 2/L = 0.5)", Kind: book.Float, Default: 0.4, Min: 1e-4, Max: 1, Log: true},
				{Name: "adam-lr", Doc: "Adam's learning rate", Kind: book.Float, Default: 0.1, Min: 1e-4, Max: 1, Log: true},
			},
			Run:    runRotated,
			Source: book.MustSource(rotatedSrc, "runRotated"),
		},
		{
			ID:    "data-parallel",
			Title: "Data-parallel SGD over goroutines",
			Params: []book.Param{
				{Name: "workers", Doc: "worker goroutines sharing each batch", Kind: book.Int, Default: 4, Min: 1, Max: 64},
				{Name: "batch", Doc: "rows per step, split across the workers", Kind: book.Int, Default: 256, Min: 1, Max: 4096},
				{Name: "steps", Doc: "SGD steps", Kind: book.Int, Default: 100, Min: 1, Max: 2000},
				{Name: "lr", Doc: "learning rate η", Kind: book.Float, Default: 0.1, Min: 1e-4, Max: 2, Log: true},
				seedParam,
			},
			Run: runDataParallel,
			Source: book.MustSource(distributedSrc, "parallelGradient") + "\n\n" +
				book.MustSource(distributedSrc, "runDataParallel"),
		},
		{
			ID:    "stale-gradients",
			Title: "Stale gradients shrink the stable learning rate",
			Params: []book.Param{
				{Name: "lr", Doc: "learning rate η", Kind: book.Float, Default: 0.1, Min: 1e-3, Max: 0.6, Log: true},
				{Name: "delay", Doc: "staleness τ: how many steps old each gradient is", Kind: book.Int, Default: 4, Min: 0, Max: 50},
				{Name: "steps", Doc: "steps to run", Kind: book.Int, Default: 200, Min: 10, Max: 5000},
			},
			Run: runStaleness,
			Source: book.MustSource(distributedSrc, "delayedGD") + "\n\n" +
				book.MustSource(distributedSrc, "delayBound"),
		},
		{
			ID:    "imbalanced",
			Title: "Class weights, focal loss and importance sampling on a 5% class",
			Params: []book.Param{
				{Name: "positives", Doc: "fraction of positives in the data", Kind: book.Float, Default: 0.05, Min: 0.01, Max: 0.5},
				{Name: "gamma", Doc: "focal loss γ", Kind: book.Float, Default: 2, Min: 0, Max: 5},
				{Name: "steps", Doc: "Adam steps (η = 0.05) per method", Kind: book.Int, Default: 300, Min: 10, Max: 3000},
				seedParam,
			},
			Run: runImbalanced,
			Source: book.MustSource(imbalanceSrc, "weightedGrad") + "\n\n" +
				book.MustSource(imbalanceSrc, "imbalanceMethods"),
		},
		{
			ID:    "focal-gradient",
			Title: "How hard focal loss pushes, easy rows and hard",
			Params: []book.Param{
				{Name: "gamma", Doc: "focal loss γ", Kind: book.Float, Default: 2, Min: 0, Max: 5},
			},
			Run:    runFocalGradient,
			Source: book.MustSource(imbalanceSrc, "runFocalGradient"),
		},
		{
			ID:    "imbalance-conditioning",
			Title: "Does an uneven class distribution slow gradient descent?",
			Params: []book.Param{
				{Name: "rows", Doc: "training rows", Kind: book.Int, Default: 2000, Min: 500, Max: 10000},
				seedParam,
			},
			Run:    runConditioning,
			Source: book.MustSource(weightsSrc, "runConditioning") + "\n\n" + book.MustSource(weightsSrc, "stepsToConverge"),
		},
		{
			ID:    "class-weight-threshold",
			Title: "Class weights move the decision threshold",
			Params: []book.Param{
				{Name: "positives", Doc: "fraction of positives in the data", Kind: book.Float, Default: 0.05, Min: 0.01, Max: 0.5},
				{Name: "rows", Doc: "training rows", Kind: book.Int, Default: 20000, Min: 500, Max: 50000},
				seedParam,
			},
			Run:    runThreshold,
			Source: book.MustSource(weightsSrc, "balancedWeights") + "\n\n" + book.MustSource(weightsSrc, "runThreshold"),
		},
		{
			ID:    "importance-sampling",
			Title: "Importance weights: unbiased, at a price in variance",
			Params: []book.Param{
				{Name: "share", Doc: "one more share of positives to draw, beside 5%, 20%, 50% and 90%", Kind: book.Float, Default: 0.99, Min: 0.01, Max: 0.99},
				seedParam,
			},
			Run:    runImportance,
			Source: book.MustSource(weightsSrc, "runImportance") + "\n\n" + book.MustSource(weightsSrc, "effectiveSize"),
		},
		{
			ID:    "sparse-adagrad",
			Title: "Adagrad gives rare features large steps",
			Params: []book.Param{
				{Name: "rows", Doc: "training rows", Kind: book.Int, Default: 5000, Min: 100, Max: 20000},
				{Name: "epochs", Doc: "passes over the rows (batch size 1)", Kind: book.Int, Default: 3, Min: 1, Max: 5},
				seedParam,
			},
			Run: runSparseAdagrad,
			Source: book.MustSource(sparseSrc, "denseEpoch") + "\n\n" +
				book.MustSource(sparseSrc, "runSparseAdagrad"),
		},
		{
			ID:    "lazy-updates",
			Title: "Lazy updates: exact for Adagrad, not for Adam",
			Params: []book.Param{
				{Name: "rows", Doc: "training rows (one pass, batch size 1)", Kind: book.Int, Default: 5000, Min: 100, Max: 50000},
				{Name: "lr", Doc: "Adagrad's learning rate (Adam uses a tenth of it)", Kind: book.Float, Default: 0.5, Min: 1e-3, Max: 5, Log: true},
				seedParam,
			},
			Run: runLazyUpdates,
			Source: book.MustSource(sparseSrc, "lazyAdagradEpoch") + "\n\n" +
				book.MustSource(sparseSrc, "lazyAdamEpoch"),
		},
	}
}
