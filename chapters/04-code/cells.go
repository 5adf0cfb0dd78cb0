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
)

var (
	seedParam = book.Param{Name: "seed", Doc: "seed of the data", Kind: book.Int, Default: 0, Min: 0, Max: 1 << 30}
	nParam    = book.Param{Name: "n", Doc: "number of points (the document uses 100)", Kind: book.Int, Default: 100, Min: 2, Max: 100000}
	lrParam   = book.Param{Name: "lr", Doc: "learning rate η (the document uses 0.01)", Kind: book.Float, Default: 0.01, Min: 1e-5, Max: 2, Log: true}
	itParam   = book.Param{Name: "iterations", Doc: "gradient-descent steps (the document uses 1000)", Kind: book.Int, Default: 1000, Min: 1, Max: 100000}
)

// cells lists this chapter's cells in reading order.
func cells() []book.Cell {
	return []book.Cell{
		{
			ID:     "shape-error",
			Title:  "Fault 1: X has one column, θ has two",
			Params: []book.Param{nParam, seedParam},
			Run:    runShapeError,
			Source: book.MustSource(linearSrc, "runShapeError"),
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
	}
}
