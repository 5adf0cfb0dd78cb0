// Package algorithms is chapter 3 of the workbook: Algorithms and their math.
package algorithms

import (
	_ "embed"

	"descent/chapters/book"
)

//go:embed chapter.md
var markdown string

// Chapter returns chapter 3 with its prose and cells.
func Chapter() book.Chapter {
	return book.Chapter{
		Number:   3,
		Slug:     "03-algorithms",
		Title:    "Algorithms and their math",
		Markdown: markdown,
		Cells:    cells(),
	}
}
