package code

import (
	_ "embed"

	"descent/chapters/book"
)

var (
	//go:embed linear.go
	linearSrc []byte
	//go:embed keras.go
	kerasSrc []byte
	//go:embed shapes.go
	shapesSrc []byte
	//go:embed curvature.go
	curvatureSrc []byte
)

var (
	seedParam = book.Param{Name: "seed", Doc: "np.random.seed of the data (the document uses 0)", Kind: book.Int, Default: 0, Min: 0, Max: 1<<32 - 1}
	nParam    = book.Param{Name: "n", Doc: "number of points (the document uses 100)", Kind: book.Int, Default: 100, Min: 2, Max: 100000}
	lrParam   = book.Param{Name: "lr", Doc: "learning rate η (the document uses 0.01)", Kind: book.Float, Default: 0.01, Min: 1e-5, Max: 2, Log: true}
	itParam   = book.Param{Name: "iterations", Doc: "gradient-descent steps (the document uses 1000)", Kind: book.Int, Default: 1000, Min: 1, Max: 100000}
)

// cells lists this chapter's cells in reading order.
func cells() []book.Cell {
	return []book.Cell{
		{
			ID:     "shape-trace",
			Title:  "Fault 1: the shapes, line by line, with numpy's rules",
			Params: []book.Param{nParam, seedParam},
			Run:    runShapeTrace,
			Source: book.MustSource(linearSrc, "traceProgram") + "\n\n" + book.MustSource(shapesSrc, "broadcast"),
		},
		{
			ID:     "missing-mean",
			Title:  "Fault 2: the gradient without 1/n diverges",
			Params: []book.Param{nParam, lrParam, itParam, seedParam},
			Run:    runMissingMean,
			Source: book.MustSource(linearSrc, "descend") + "\n\n" + book.MustSource(linearSrc, "runMissingMean"),
		},
		{
			ID:     "how-n-matters",
			Title:  "The same bug, different n",
			Params: []book.Param{lrParam, seedParam},
			Run:    runHowNMatters,
			Source: book.MustSource(linearSrc, "runHowNMatters"),
		},
		{
			ID:     "closed-form",
			Title:  "The fix, checked against least squares",
			Params: []book.Param{nParam, lrParam, itParam, seedParam},
			Run:    runClosedForm,
			Source: book.MustSource(linearSrc, "runClosedForm") + "\n\n" + book.MustSource(linearSrc, "scatter"),
		},
		{
			ID:    "choose-lr",
			Title: "Reading η off the Hessian",
			Params: []book.Param{nParam, seedParam,
				{Name: "tol", Doc: "how close to the least-squares θ counts as arrived", Kind: book.Float, Default: 1e-8, Min: 1e-12, Max: 1e-2, Log: true}},
			Run:    runChooseLR,
			Source: book.MustSource(linearSrc, "runChooseLR") + "\n\n" + book.MustSource(linearSrc, "stepsToReach"),
		},
		{
			ID:    "keras-model",
			Title: "The document's Keras model, trained in Go against TensorFlow.js",
			Params: []book.Param{
				{Name: "optimizer", Doc: "optimizer (the document's is adam)", Kind: book.Choice, Choices: []string{"adam", "sgd", "rmsprop", "adagrad", "adamw", "nadam"}, Choice: "adam"},
				{Name: "lr", Doc: "learning rate (Keras's adam default is 0.001)", Kind: book.Float, Default: 0.001, Min: 1e-5, Max: 1, Log: true},
				{Name: "epochs", Doc: "epochs (the document uses 10)", Kind: book.Int, Default: 10, Min: 1, Max: 100},
				{Name: "batch", Doc: "batch size (the document uses 32)", Kind: book.Int, Default: 32, Min: 1, Max: 256},
			},
			Run:    runKeras,
			Source: book.MustSource(kerasSrc, "kerasModel") + "\n\n" + book.MustSource(kerasSrc, "runKeras"),
		},
		{
			ID:    "keras-predictions",
			Title: "The trained model's predictions against TensorFlow.js's",
			Params: []book.Param{
				{Name: "show", Doc: "how many rows to list", Kind: book.Int, Default: 8, Min: 0, Max: 256},
			},
			Run:    runPredictions,
			Source: book.MustSource(kerasSrc, "runPredictions"),
		},
		{
			ID:    "keras-seeds",
			Title: "The same model from other starting weights",
			Params: []book.Param{
				{Name: "seeds", Doc: "how many initializations to try", Kind: book.Int, Default: 6, Min: 1, Max: 30},
				{Name: "epochs", Doc: "epochs each", Kind: book.Int, Default: 10, Min: 1, Max: 100},
			},
			Run:    runSeeds,
			Source: book.MustSource(kerasSrc, "runSeeds"),
		},
		{
			ID:    "hessian-init",
			Title: "The network's Hessian at its starting weights",
			Params: []book.Param{
				{Name: "steps", Doc: "Lanczos steps at most (each is one Hessian-vector product)", Kind: book.Int, Default: 1131, Min: 5, Max: 1131},
			},
			Run: runHessianInit,
			Source: book.MustSource(curvatureSrc, "hessianVector") + "\n\n" + book.MustSource(curvatureSrc, "lanczos") +
				"\n\n" + book.MustSource(curvatureSrc, "measureSpectrum"),
		},
		{
			ID:    "hessian-trained",
			Title: "The network's Hessian after training",
			Params: []book.Param{
				{Name: "epochs", Doc: "epochs of the document's training first (it uses 10)", Kind: book.Int, Default: 10, Min: 1, Max: 100},
				{Name: "steps", Doc: "Lanczos steps at most (each is one Hessian-vector product)", Kind: book.Int, Default: 1131, Min: 5, Max: 1131},
			},
			Run:    runHessianTrained,
			Source: book.MustSource(curvatureSrc, "hessianCell"),
		},
		{
			ID:    "sharpness-lr",
			Title: "What 2/λ_max says about the learning rate",
			Params: []book.Param{
				{Name: "steps", Doc: "full-batch gradient-descent steps per run", Kind: book.Int, Default: 100, Min: 5, Max: 500},
			},
			Run:    runSharpnessLR,
			Source: book.MustSource(curvatureSrc, "runSharpnessLR"),
		},
	}
}
