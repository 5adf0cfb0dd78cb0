// Package lab is the workbook's lab: up to six optimizers racing each
// other, live, on a 2-D test surface (their paths over a contour map, their
// losses in one chart) or training the same small network on a dataset
// (the data as a scatter under each model's decision boundary, shaded by
// its predicted probability, as TensorFlow Playground shows it).
//
// The files:
//
//	lab.go        the Model: state, keys, mouse, the settings panel's rows
//	view.go       the panel and the layout of the pictures
//	surfacemap.go the contour map: paths, start, minima, axes, zoom and pan
//	datamap.go    dataset mode's picture: scatter and decision boundary
//	chart.go      the loss chart (book.Plot) and "who did best"
//	names.go      legend names that say which hyperparameter differs
//	engine.go     the lanes: one goroutine per optimizer on a surface
//	fit.go        the lanes in dataset mode: nn.Fit per optimizer
//
// The Model is not a tui screen itself (package tui wraps it), so it only
// depends on package ui for the looks and keys the screens share. Update
// never blocks: training runs in goroutines that write into bounded
// recorders, and the screen reads a snapshot on a tick.
package lab
