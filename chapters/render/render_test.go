package render

import (
	"context"
	"strings"
	"sync"
	"testing"

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

func TestTerminalShowsOutputUnwrapped(t *testing.T) {
	long := strings.Repeat("─", 70) + "\n"
	out, err := Terminal(sample(), 40, ASCII, map[string]string{"a": long})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "  "+strings.TrimSpace(long)) {
		t.Errorf("output should be kept whole and indented:\n%s", out)
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
