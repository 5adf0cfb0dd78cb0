// Package render turns a chapter into text: styled for a terminal with
// Glamour, or plain Markdown for pipes, files and pagers.
//
// Prose is rendered once per (text, width, style) and cached, so a TUI that
// redraws on every resize or keystroke pays for Glamour only once per
// width. Everything here is safe to call from several goroutines.
//
// Cell outputs (tables and ASCII curves) are never passed through Glamour:
// it would rewrap them and break their columns. They are printed as they
// are, indented to line up with the rendered prose.
package render

import (
	"fmt"
	"os"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"

	"descent/chapters/book"
)

// A Style is a Glamour style name.
type Style string

const (
	// Dark is the default: colours for a dark terminal.
	Dark Style = styles.DarkStyle
	// Light is for light terminals.
	Light Style = styles.LightStyle
	// ASCII uses no colour and no escape codes: for NO_COLOR, golden tests
	// and screen readers.
	ASCII Style = styles.AsciiStyle
)

// DefaultStyle is ASCII when the NO_COLOR environment variable is set to
// anything non-empty (https://no-color.org), Dark otherwise.
func DefaultStyle() Style {
	if os.Getenv("NO_COLOR") != "" {
		return ASCII
	}
	return Dark
}

// Margin is how far Glamour indents paragraphs; cell outputs are indented
// the same so they line up with the prose.
const Margin = 2

// MinWidth is the narrowest width Prose renders at; a smaller width is
// raised to it rather than producing a column of single words.
const MinWidth = 20

type key struct {
	text  string
	width int
	style Style
}

// maxCached bounds the cache: a TUI resized many times would otherwise keep
// every width it was ever drawn at.
const maxCached = 512

var (
	mu    sync.Mutex
	cache = map[key]string{}
)

// Prose renders Markdown for a terminal width columns wide in style. The
// result is cached. An unknown style is an error; Markdown itself never is
// (Glamour renders anything).
func Prose(markdown string, width int, style Style) (string, error) {
	if width < MinWidth {
		width = MinWidth
	}
	if style == "" {
		style = DefaultStyle()
	}
	k := key{markdown, width, style}
	mu.Lock()
	out, ok := cache[k]
	mu.Unlock()
	if ok {
		return out, nil
	}
	// Render outside the lock: two goroutines may render the same text at
	// once, which wastes a little work but never blocks a reader behind a
	// slow render.
	r, err := glamour.NewTermRenderer(
		glamour.WithStandardStyle(string(style)),
		glamour.WithWordWrap(width),
	)
	if err != nil {
		return "", fmt.Errorf("render: style %q: %w", style, err)
	}
	out, err = r.Render(markdown)
	if err != nil {
		return "", fmt.Errorf("render: %w", err)
	}
	mu.Lock()
	if len(cache) >= maxCached {
		clear(cache)
	}
	cache[k] = out
	mu.Unlock()
	return out, nil
}

// RunHint is the line shown under a cell that has not been run.
func RunHint(ch *book.Chapter, cell *book.Cell) string {
	return fmt.Sprintf("▶ descent run %s %s", ch.Slug, cell.ID)
}

// Markdown renders the whole chapter as plain Markdown: the prose as
// written, each cell as a fenced Go block of its source, then its output
// from outputs (keyed by cell ID, colour codes removed) in a text block, or, for a cell not in
// outputs, a line saying how to run it.
func Markdown(ch *book.Chapter, outputs map[string]string) string {
	var b strings.Builder
	afterCell := false
	for _, seg := range ch.Segments() {
		if seg.Cell == nil {
			prose := seg.Prose
			if afterCell {
				// One blank line between a cell and the prose after it.
				prose = "\n" + strings.TrimLeft(prose, "\n")
			}
			b.WriteString(prose)
			afterCell = false
			continue
		}
		writeCell(&b, ch, seg.Cell, outputs)
		afterCell = true
	}
	s := b.String()
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}

func writeCell(b *strings.Builder, ch *book.Chapter, cell *book.Cell, outputs map[string]string) {
	// Keep a blank line on each side so the fences start their own blocks
	// whatever the prose around them ends with.
	if s := b.String(); s != "" && !strings.HasSuffix(s, "\n\n") {
		if strings.HasSuffix(s, "\n") {
			b.WriteString("\n")
		} else {
			b.WriteString("\n\n")
		}
	}
	b.WriteString(fence("go", cell.Source))
	b.WriteString("\n")
	if out, ok := outputs[cell.ID]; ok {
		b.WriteString(fence("text", book.StripANSI(out)))
	} else {
		b.WriteString(RunHint(ch, cell) + "\n")
	}
}

// fence wraps body in a code fence long enough that no line of the body can
// close it early.
func fence(lang, body string) string {
	ticks := "```"
	for strings.Contains(body, ticks) {
		ticks += "`"
	}
	body = strings.TrimRight(body, "\n")
	return ticks + lang + "\n" + body + "\n" + ticks + "\n"
}

// Terminal renders the whole chapter for a terminal: prose and cell source
// through Glamour, outputs (or the run hint) as they are, indented by
// Margin.
func Terminal(ch *book.Chapter, width int, style Style, outputs map[string]string) (string, error) {
	var b strings.Builder
	for _, seg := range ch.Segments() {
		if seg.Cell == nil {
			s, err := Prose(seg.Prose, width, style)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			continue
		}
		// gofmt indents with tabs, which Glamour widens to four columns and
		// then wraps; two spaces keep more lines whole on a narrow terminal.
		src := strings.ReplaceAll(seg.Cell.Source, "\t", "  ")
		s, err := Prose(fence("go", src), width, style)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
		if out, ok := outputs[seg.Cell.ID]; ok {
			if style == ASCII {
				out = book.StripANSI(out)
			}
			b.WriteString(Indent(out, Margin))
		} else {
			b.WriteString(Indent(RunHint(ch, seg.Cell), Margin))
		}
		b.WriteString("\n")
	}
	return b.String(), nil
}

// Indent puts n spaces before every non-empty line of s and ends it with a
// newline.
func Indent(s string, n int) string {
	pad := strings.Repeat(" ", n)
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = pad + l
		}
	}
	return strings.Join(lines, "\n") + "\n"
}
