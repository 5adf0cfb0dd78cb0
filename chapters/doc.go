// Package chapters is the workbook's table of contents: every chapter, in
// order, with lookup by number or slug. Each chapter lives in its own
// package under this directory (chapters/NN-name), with its prose in
// chapter.md and its cells in Go beside it.
package chapters
