package render_test

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"descent/chapters"
	"descent/chapters/book"
	"descent/chapters/render"
)

// `descent read N --width W` for every chapter, its cells run, has no line
// wider than W and no tab (and without colour no escape code), in colour
// and without, at the narrowest width
// the workbook allows and at two wider ones.
func TestEveryChapterFitsItsWidth(t *testing.T) {
	for _, ch := range chapters.All() {
		outputs := map[string]string{}
		for i := range ch.Cells {
			out, err := book.RunDefault(context.Background(), &ch.Cells[i])
			if err != nil {
				out += "error: " + err.Error() + "\n"
			}
			outputs[ch.Cells[i].ID] = out
		}
		for _, w := range []int{80, 100, 200} {
			for _, st := range []render.Style{render.ASCII, render.Dark} {
				s, err := render.Terminal(&ch, w, st, outputs)
				if err != nil {
					t.Fatal(err)
				}
				bad := 0
				for i, l := range strings.Split(s, "\n") {
					if n := ansi.StringWidth(l); n > w || strings.Contains(l, "\t") || (st == render.ASCII && strings.Contains(l, "\x1b")) {
						if bad++; bad <= 3 {
							t.Errorf("%s at %d (%s), line %d: %d columns: %q", ch.Slug, w, st, i+1, n, ansi.Strip(l))
						}
					}
				}
				if bad > 3 {
					t.Errorf("%s at %d (%s): %d lines too wide in all", ch.Slug, w, st, bad)
				}
			}
		}
	}
}
