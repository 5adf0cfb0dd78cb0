// Package background is chapter 1 of the workbook: Background: why a loss, and why optimize it.
package background

import (
	_ "embed"

	"descent/chapters/book"
)

//go:embed chapter.md
var markdown string

// Chapter returns chapter 1 with its prose and cells.
func Chapter() book.Chapter {
	return book.Chapter{
		Number:   1,
		Slug:     "01-background",
		Title:    "Background: why a loss, and why optimize it",
		Markdown: markdown,
		Cells:    cells(),
	}
}
