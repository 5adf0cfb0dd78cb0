// Package concepts is chapter 2 of the workbook: Core concepts: loss, gradient, learning rate, regularization, optimizers.
package concepts

import (
	_ "embed"

	"descent/chapters/book"
)

//go:embed chapter.md
var markdown string

// Chapter returns chapter 2 with its prose and cells.
func Chapter() book.Chapter {
	return book.Chapter{
		Number:   2,
		Slug:     "02-core-concepts",
		Title:    "Core concepts: loss, gradient, learning rate, regularization, optimizers",
		Markdown: markdown,
		Cells:    cells(),
	}
}
