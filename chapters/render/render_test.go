package render

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"descent/chapters/book"
)

func sample() *book.Chapter {
	run := func(ctx context.Context, in book.Inputs, out book.Output) error {
		out.Printf("loss %.2f\n", 0.25)
		return nil
	}
	return &book.Chapter{
		Slug:     "00-sample",
		Markdown: "# Sample\n\nSome prose with θ ← θ − η·∇J(θ).\n\n{{cell a}}\n\nMore prose.\n{{cell b}}\n",
		Cells: []book.Cell{
			{ID: "a", Run: run, Source: "func a() {}"},
			{ID: "b", Run: run, Source: "func b() {\n\t// ```\n}"},
		},
	}
}

func TestMarkdownPlacesSourceAndOutput(t *testing.T) {
	got := Markdown(sample(), map[string]string{"a": "loss 0.25\n"})
	want := "# Sample\n\nSome prose with θ ← θ − η·∇J(θ).\n\n" +
		"```go\nfunc a() {}\n```\n\n```text\nloss 0.25\n```\n" +
		"\nMore prose.\n\n" +
		"````go\nfunc b() {\n\t// ```\n}\n````\n\n▶ descent run 00-sample b\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestProseASCIIHasNoEscapes(t *testing.T) {
	out, err := Prose("# Title\n\n**bold** and `code`\n", 40, ASCII)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "\x1b") || !strings.Contains(out, "Title") {
		t.Errorf("ASCII style should be plain text:\n%q", out)
	}
	if _, err := Prose("x", 40, Style("no-such-style")); err == nil {
		t.Error("an unknown style must be an error")
	}
}

func TestProseWrapsToWidth(t *testing.T) {
	text := strings.Repeat("gradient descent takes small steps downhill. ", 10)
	for _, w := range []int{30, 60} {
		out, err := Prose(text, w, ASCII)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(out, "\n") {
			if n := len([]rune(strings.TrimRight(l, " "))); n > w {
				t.Errorf("width %d: line of %d runes: %q", w, n, l)
			}
		}
	}
}

func TestProseIsSafeConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	outs := make([]string, 8)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i], _ = Prose("# Same\n\ntext", 50, Dark)
		}()
	}
	wg.Wait()
	for _, o := range outs {
		if o != outs[0] || o == "" {
			t.Fatal("concurrent renders disagree")
		}
	}
}

// An output line wider than the page continues on the next line behind
// the continuation mark: nothing is cut, no line is wider than the page.
func TestTerminalWrapsLongOutput(t *testing.T) {
	long := strings.Repeat("─", 30) + " " + strings.Repeat("═", 40) + "\n"
	out, err := Terminal(sample(), 40, ASCII, map[string]string{"a": long})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "  "+strings.Repeat("─", 30)+"\n") || !strings.Contains(out, "  "+ContinuationMark+strings.Repeat("═", 36)) {
		t.Errorf("output should break at its space and continue behind the mark:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if n := ansi.StringWidth(l); n > 40 {
			t.Errorf("line of %d columns: %q", n, l)
		}
	}
	if !strings.Contains(out, "▶ descent run 00-sample b") {
		t.Errorf("unrun cell should show how to run it:\n%s", out)
	}
}

func BenchmarkProseCached(b *testing.B) {
	text := strings.Repeat("Some *prose* with `code`.\n\n", 50)
	Prose(text, 80, Dark)
	for b.Loop() {
		Prose(text, 80, Dark)
	}
}

// BenchmarkProseCold renders without the cache's help (a new width each
// time), which is what a terminal resize costs per segment.
func BenchmarkProseCold(b *testing.B) {
	text := strings.Repeat("Some *prose* with `code` and θ ← θ − η·∇J(θ).\n\n", 50)
	w := MinWidth
	for b.Loop() {
		w++
		Prose(text, w, Dark)
	}
}

// A code span fits on one line whenever it can: Glamour's wrapping used to
// split `--points 500` between two lines.
func TestProseNeverSplitsACodeSpan(t *testing.T) {
	spans := []string{"descent run 2 lr-sweep", "--points 500", "go run . check mse", "θ ← θ − η·g"}
	text := "Try " + "`" + spans[0] + "`" + " then " + "`" + spans[1] + "`" + " with some words between " +
		"`" + spans[2] + "`" + " and more words around " + "`" + spans[3] + "`" + " at the end of a long sentence."
	for w := 30; w <= 90; w++ {
		for _, st := range []Style{ASCII, Dark} {
			out, err := Prose(text, w, st)
			if err != nil {
				t.Fatal(err)
			}
			plain := ansi.Strip(out)
			for _, s := range spans {
				if !strings.Contains(plain, s) {
					t.Errorf("width %d, %s: %q is split:\n%s", w, st, s, plain)
				}
			}
			for _, l := range strings.Split(out, "\n") {
				if n := ansi.StringWidth(l); n > w {
					t.Errorf("width %d, %s: line of %d columns: %q", w, st, n, ansi.Strip(l))
				}
			}
		}
	}
}

// The lines of a list item start under its text, not under its bullet.
func TestProseListContinuationsHang(t *testing.T) {
	md := "- a bullet item long enough to wrap around the width at forty columns\n" +
		"- 1. no, a bullet\n\n1. a numbered item that is also long enough to wrap at forty\n"
	for _, st := range []Style{ASCII, Dark} {
		out, err := Prose(md, 40, st)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(ansi.Strip(out), "\n")
		var text []string
		for i, l := range lines {
			if strings.Contains(l, "a bullet item") || strings.Contains(l, "a numbered item") {
				col := ansi.StringWidth(l[:strings.Index(l, "a ")])
				next := lines[i+1]
				if got := len(next) - len(strings.TrimLeft(next, " ")); got != col {
					t.Errorf("%s: continuation starts at column %d, want %d under the text:\n%s\n%s", st, got, col, l, next)
				}
			}
			text = append(text, strings.TrimSpace(l))
		}
		joined := strings.Join(strings.Fields(strings.Join(text, " ")), " ")
		if !strings.Contains(joined, "a bullet item long enough to wrap around the width at forty columns") {
			t.Errorf("%s: words lost or reordered: %s", st, joined)
		}
	}
}

// Long Go lines break after a comma or an opening bracket, behind the
// continuation mark; tabs become spaces; no token is lost.
func TestCodeWrapsAtATokenBoundary(t *testing.T) {
	src := "func f() {\n\tif x := someFunction(argumentOne, argumentTwo, argumentThree); x > 0 {\n\t\treturn // a long comment that goes on and on\n\t}\n}"
	for _, st := range []Style{ASCII, Dark} {
		out := Code(src, "go", 44, 4, st)
		plain := ansi.Strip(out)
		if strings.Contains(plain, "\t") {
			t.Errorf("%s: a tab survived:\n%s", st, plain)
		}
		var words []string
		for _, l := range strings.Split(strings.TrimRight(plain, "\n"), "\n") {
			if n := ansi.StringWidth(l); n > 44 {
				t.Errorf("%s: line of %d columns: %q", st, n, l)
			}
			if strings.Contains(l, ContinuationMark) {
				prev := words[len(words)-1]
				if last := prev[len(prev)-1]; !strings.ContainsRune(",(;", rune(last)) && !strings.Contains(prev, "//") {
					t.Errorf("%s: broke after %q, not at a comma or bracket", st, prev)
				}
			}
			words = append(words, strings.TrimSpace(strings.Replace(l, ContinuationMark, "", 1)))
		}
		got := strings.Join(strings.Fields(strings.Join(words, " ")), "")
		want := strings.Join(strings.Fields(src), "")
		if got != want {
			t.Errorf("%s: the code changed:\n got %s\nwant %s", st, got, want)
		}
	}
}
