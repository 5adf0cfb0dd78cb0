// Package faq is chapter 6 of the workbook: FAQ: each answer an experiment.
package faq

import (
	_ "embed"

	"descent/chapters/book"
)

//go:embed chapter.md
var markdown string

// Chapter returns chapter 6 with its prose and cells.
func Chapter() book.Chapter {
	return book.Chapter{
		Number:   6,
		Slug:     "06-faq",
		Title:    "FAQ: each answer an experiment",
		Markdown: markdown,
		Cells:    cells(),
	}
}
