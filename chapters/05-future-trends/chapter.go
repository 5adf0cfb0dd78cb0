// Package trends is chapter 5 of the workbook: Future trends: adaptive, distributed, imbalanced, sparse.
package trends

import (
	_ "embed"

	"descent/chapters/book"
)

//go:embed chapter.md
var markdown string

// Chapter returns chapter 5 with its prose and cells.
func Chapter() book.Chapter {
	return book.Chapter{
		Number:   5,
		Slug:     "05-future-trends",
		Title:    "Future trends: adaptive, distributed, imbalanced, sparse",
		Markdown: markdown,
		Cells:    cells(),
	}
}
