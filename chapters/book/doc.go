// Package book defines what a chapter is made of: Markdown prose and cells,
// small Go functions whose output appears under them as in a notebook.
//
// A chapter's prose marks where each cell goes with a line of its own:
//
//	{{cell gd-stability}}
//
// A cell's Source is read from the chapter's real source file (embedded in
// the binary), so the code a learner reads is the code that ran. Cells take
// named Params with defaults and ranges, which the TUI offers as knobs and
// `descent run` takes as flags, and run deterministically from a seed.
//
// This package also has the small output helpers cells share: tables and
// ASCII curves that survive NaN and ±Inf.
package book
