package code

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"descent/chapters/book"
)

// capture is a book.Output that keeps the text and the last frame.
type capture struct {
	text  strings.Builder
	frame string
}

func (c *capture) Printf(format string, a ...any) { fmt.Fprintf(&c.text, format, a...) }
func (c *capture) Frame(s string)                 { c.frame = s }
func (c *capture) String() string                 { return c.text.String() + c.frame }

// runCell runs a cell with its defaults, changed by args ("name=value"),
// and returns everything it wrote.
func runCell(t *testing.T, id string, args ...string) string {
	t.Helper()
	ch := Chapter()
	cell := ch.Cell(id)
	if cell == nil {
		t.Fatalf("no cell %q", id)
	}
	in := book.Defaults(cell.Params)
	for _, a := range args {
		name, value, _ := strings.Cut(a, "=")
		var err error
		if in, err = in.With(cell.Params, name, value); err != nil {
			t.Fatal(err)
		}
	}
	var out capture
	if err := cell.Run(context.Background(), in, &out); err != nil {
		t.Fatalf("cell %s: %v", id, err)
	}
	return out.String()
}

// TestShowCells prints cells' output while writing the chapter:
// SHOW=all, or SHOW=cell-id ARGS="lr=0.1 steps=50".
func TestShowCells(t *testing.T) {
	show := os.Getenv("SHOW")
	if show == "" {
		t.Skip("set SHOW=all or SHOW=cell-id to print cells' output")
	}
	for _, c := range Chapter().Cells {
		if show == "all" || show == c.ID {
			fmt.Printf("=== %s\n%s\n", c.ID, runCell(t, c.ID, strings.Fields(os.Getenv("ARGS"))...))
		}
	}
}
