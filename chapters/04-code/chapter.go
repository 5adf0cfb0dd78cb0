// Package code is chapter 4 of the workbook: The code: two examples, corrected and run.
package code

import (
	_ "embed"

	"descent/chapters/book"
)

//go:embed chapter.md
var markdown string

// Chapter returns chapter 4 with its prose and cells.
func Chapter() book.Chapter {
	return book.Chapter{
		Number:   4,
		Slug:     "04-code",
		Title:    "The code: two examples, corrected and run",
		Markdown: markdown,
		Cells:    cells(),
	}
}
