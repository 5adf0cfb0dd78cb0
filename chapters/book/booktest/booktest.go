// Package booktest holds the checks every chapter's tests share, so a
// chapter writer adds one table and one test function:
//
//	func TestQuotes(t *testing.T) {
//		booktest.CheckQuotes(t, Chapter(), []booktest.Quote{
//			{Text: "η < 2/L = 0.5", Cell: "gd-stability"},
//		})
//	}
//
// Each quote must appear in the chapter's prose and in the named cell's
// output with its defaults, so a number the prose quotes is a number a cell
// prints: change the cell and the test says which sentence went stale.
package booktest

import (
	"context"
	"strings"
	"testing"

	"descent/chapters/book"
)

// A Quote is a piece of text (usually a number with a few words around it)
// that the prose quotes from a cell's output.
type Quote struct {
	Text string
	Cell string // the cell ID whose default output prints Text
}

// CheckQuotes runs every cell the quotes name, once, with its defaults, and
// reports each quote missing from the prose or from that cell's output.
func CheckQuotes(t *testing.T, ch book.Chapter, quotes []Quote) {
	t.Helper()
	outputs := map[string]string{}
	for _, q := range quotes {
		if !strings.Contains(ch.Markdown, q.Text) {
			t.Errorf("%s: the prose does not quote %q", ch.Slug, q.Text)
		}
		out, ok := outputs[q.Cell]
		if !ok {
			cell := ch.Cell(q.Cell)
			if cell == nil {
				t.Errorf("%s: quote %q names unknown cell %q", ch.Slug, q.Text, q.Cell)
				continue
			}
			var err error
			out, err = book.RunDefault(context.Background(), cell)
			if err != nil {
				t.Errorf("%s/%s: %v", ch.Slug, q.Cell, err)
			}
			out = book.StripANSI(out)
			outputs[q.Cell] = out
		}
		if !strings.Contains(out, q.Text) {
			t.Errorf("%s/%s: the output does not print %q; it printed:\n%s", ch.Slug, q.Cell, q.Text, out)
		}
	}
}

// Run runs one cell of ch with its defaults, changed by args written as
// "name=value", and returns everything it printed (colours stripped). A
// bad argument or a failing cell fails the test.
func Run(t *testing.T, ch book.Chapter, id string, args ...string) string {
	t.Helper()
	cell := ch.Cell(id)
	if cell == nil {
		t.Fatalf("%s: no cell %q", ch.Slug, id)
	}
	in := book.Defaults(cell.Params)
	for _, a := range args {
		name, value, _ := strings.Cut(a, "=")
		var err error
		if in, err = in.With(cell.Params, name, value); err != nil {
			t.Fatalf("%s/%s: %v", ch.Slug, id, err)
		}
	}
	out, err := book.RunCell(context.Background(), cell, in)
	if err != nil {
		t.Fatalf("%s/%s: %v", ch.Slug, id, err)
	}
	return book.StripANSI(out)
}
