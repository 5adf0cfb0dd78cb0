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
	"regexp"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"

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
//
// No line of the result is wider than width: fenced code goes through Code
// (tabs expanded, long lines broken at a token boundary behind
// ContinuationMark), code spans are never split across lines (unless one
// alone is wider than a line), the lines of a list item hang under its
// text rather than under its bullet, and whatever is still too wide (a
// table) is wrapped by Fit.
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
	out, err := renderProse(markdown, width, style)
	if err != nil {
		return "", err
	}
	mu.Lock()
	if len(cache) >= maxCached {
		clear(cache)
	}
	cache[k] = out
	mu.Unlock()
	return out, nil
}

// renderProse is Prose without the cache.
func renderProse(markdown string, width int, style Style) (string, error) {
	r, err := glamour.NewTermRenderer(
		glamour.WithStandardStyle(string(style)),
		glamour.WithWordWrap(width),
	)
	if err != nil {
		return "", fmt.Errorf("render: style %q: %w", style, err)
	}
	var b strings.Builder
	for _, blk := range splitFences(markdown) {
		if blk.fenced {
			b.WriteString("\n")
			b.WriteString(Code(blk.text, blk.lang, width, Margin+2, style))
			b.WriteString("\n")
			continue
		}
		if strings.TrimSpace(blk.text) == "" {
			continue
		}
		out, err := r.Render(protectCodeSpans(blk.text))
		if err != nil {
			return "", fmt.Errorf("render: %w", err)
		}
		if style == ASCII {
			// Glamour writes links as OSC 8 hyperlinks even in its ASCII
			// style; ASCII means no escape codes at all.
			out = ansi.Strip(out)
		}
		b.WriteString(unprotect(hangListItems(out, width)))
	}
	return Fit(squeezeBlankLines(b.String()), width), nil
}

// A block is a stretch of Markdown: prose, or one fenced code block.
type block struct {
	fenced bool
	lang   string
	text   string // the code, without its fences, when fenced
}

var fenceOpen = regexp.MustCompile("^(```+|~~~+)[ \t]*([A-Za-z0-9_+-]*)")

// splitFences cuts Markdown into prose and the fenced code blocks that
// start at the left margin.
func splitFences(md string) []block {
	var out []block
	var prose, code []string
	fence, lang := "", ""
	flushProse := func() {
		if len(prose) > 0 {
			out = append(out, block{text: strings.Join(prose, "\n") + "\n"})
			prose = nil
		}
	}
	for _, l := range strings.Split(md, "\n") {
		if fence == "" {
			if m := fenceOpen.FindStringSubmatch(l); m != nil {
				flushProse()
				fence, lang, code = m[1], strings.ToLower(m[2]), nil
				continue
			}
			prose = append(prose, l)
			continue
		}
		if t := strings.TrimSpace(l); strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
			out = append(out, block{fenced: true, lang: lang, text: strings.Join(code, "\n")})
			fence = ""
			continue
		}
		code = append(code, l)
	}
	if fence != "" { // an unclosed fence runs to the end, as in CommonMark
		out = append(out, block{fenced: true, lang: lang, text: strings.Join(code, "\n")})
	}
	flushProse()
	return out
}

// Inside code spans, spaces and hyphens become look-alikes that Glamour's
// wrapping does not break at (a no-break space, a non-breaking hyphen);
// unprotect turns them back after rendering.
const (
	keptSpace  = '\u00a0'
	keptHyphen = '\u2011'
)

var codeSpan = regexp.MustCompile("(`+)([^`]|[^`][\\s\\S]*?[^`])(`+)")

// protectCodeSpans keeps each code span on one line.
func protectCodeSpans(md string) string {
	return codeSpan.ReplaceAllStringFunc(md, func(span string) string {
		m := codeSpan.FindStringSubmatch(span)
		if len(m[1]) != len(m[3]) {
			return span // mismatched ticks: not a span this simple scan understands
		}
		inner := strings.NewReplacer(" ", string(keptSpace), "\n", string(keptSpace), "-", string(keptHyphen)).Replace(m[2])
		return m[1] + inner + m[3]
	})
}

func unprotect(s string) string {
	return strings.NewReplacer(string(keptSpace), " ", string(keptHyphen), "-").Replace(s)
}

var listItem = regexp.MustCompile(`^( *)(• |[0-9]+\. )`)

// hangListItems re-wraps each list item Glamour rendered so that its
// second and later lines start under the item's text, not under its
// bullet. It works on styled text: positions come from the plain text,
// cuts are made with ANSI-aware functions.
func hangListItems(s string, width int) string {
	lines := strings.Split(s, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		plain := ansi.Strip(lines[i])
		m := listItem.FindStringSubmatch(plain)
		if m == nil {
			out = append(out, lines[i])
			continue
		}
		indent, marker := len(m[1]), ansi.StringWidth(m[2])
		parts := []string{trimRightStyled(ansi.Cut(lines[i], indent+marker, ansi.StringWidth(lines[i])))}
		j := i + 1
		for ; j < len(lines); j++ {
			p := ansi.Strip(lines[j])
			t := strings.TrimLeft(p, " ")
			if t == "" || len(p)-len(t) != indent || listItem.MatchString(p) {
				break
			}
			parts = append(parts, trimRightStyled(ansi.Cut(lines[j], indent, ansi.StringWidth(lines[j]))))
		}
		room := width - Margin - indent - marker
		if room < 10 {
			out = append(out, lines[i:j]...)
			i = j - 1
			continue
		}
		head := ansi.Truncate(lines[i], indent+marker, "")
		wrapped := strings.Split(ansi.Wrap(strings.Join(parts, " "), room, ""), "\n")
		for k, w := range wrapped {
			if k == 0 {
				out = append(out, head+w)
			} else {
				out = append(out, strings.Repeat(" ", indent+marker)+w)
			}
		}
		i = j - 1
	}
	return strings.Join(out, "\n")
}

// trimRightStyled drops trailing spaces (Glamour pads lines to the width),
// keeping the styling of what remains.
func trimRightStyled(s string) string {
	n := ansi.StringWidth(strings.TrimRight(ansi.Strip(s), " "))
	out := ansi.Truncate(s, n, "")
	if strings.Contains(out, "\x1b") {
		out += "\x1b[m"
	}
	return out
}

// squeezeBlankLines keeps at most one blank line in a row (a line of only
// spaces and styling counts as blank).
func squeezeBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := false
	for _, l := range lines {
		b := strings.TrimSpace(ansi.Strip(l)) == ""
		if b && blank {
			continue
		}
		blank = b
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// Fit makes every line of text (which may hold ANSI styling) at most width
// columns: tabs are expanded and a longer line is broken, at a space where
// it can be, into lines whose continuations start with ContinuationMark
// under the line's own indent. Text that already fits is returned as it is.
func Fit(text string, width int) string {
	width = max(width, MinWidth)
	if strings.Contains(text, "\t") {
		var b strings.Builder
		for i, l := range strings.Split(text, "\n") {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(expandTabs(l, 0))
		}
		text = b.String()
	}
	lines := strings.Split(text, "\n")
	var out []string
	changed := false
	for _, l := range lines {
		if ansi.StringWidth(l) <= width {
			out = append(out, l)
			continue
		}
		changed = true
		out = append(out, FitLine(l, width)...)
	}
	if !changed {
		return text
	}
	return strings.Join(out, "\n")
}

// FitLine breaks one line (which may hold ANSI styling) into lines of at
// most width columns, as Fit does.
func FitLine(line string, width int) []string {
	width = max(width, MinWidth)
	if ansi.StringWidth(line) <= width {
		return []string{line}
	}
	plain := ansi.Strip(line)
	lead := ansi.StringWidth(plain) - ansi.StringWidth(strings.TrimLeft(plain, " "))
	hang := strings.Repeat(" ", min(lead, width/3)) + ContinuationMark
	var out []string
	room := width
	for {
		cut := breakColumn(ansi.Strip(line), room)
		out = append(out, trimRightStyled(ansi.Truncate(line, cut, "")))
		line = ansi.TruncateLeft(line, cut, "")
		// Drop the spaces the break fell on.
		p := ansi.Strip(line)
		if skip := ansi.StringWidth(p) - ansi.StringWidth(strings.TrimLeft(p, " ")); skip > 0 {
			line = ansi.TruncateLeft(line, skip, "")
		}
		if strings.TrimSpace(ansi.Strip(line)) == "" {
			return out
		}
		line = hang + line
		room = width
		if ansi.StringWidth(line) <= room {
			return append(out, line)
		}
	}
}

// breakColumn is where to cut plain text to fit room columns: after the
// last space that leaves something on the line, or at room itself.
func breakColumn(plain string, room int) int {
	col, best := 0, -1
	seenText := false
	for _, r := range plain {
		w := ansi.StringWidth(string(r))
		if col+w > room {
			break
		}
		if r == ' ' && seenText {
			best = col
		} else if r != ' ' {
			seenText = true
		}
		col += w
	}
	if best > room/3 { // a space late enough to be worth breaking at
		return best
	}
	return max(col, 1)
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

// Terminal renders the whole chapter for a terminal width columns wide:
// prose through Prose, cell sources through Code, outputs (or the run
// hint) as they are, indented by Margin. No line is wider than width: an
// output line that would be is continued on the next behind
// ContinuationMark (Fit).
func Terminal(ch *book.Chapter, width int, style Style, outputs map[string]string) (string, error) {
	width = max(width, MinWidth)
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
		b.WriteString("\n")
		b.WriteString(Code(seg.Cell.Source, "go", width, Margin+2, style))
		b.WriteString("\n")
		out, ok := outputs[seg.Cell.ID]
		if !ok {
			out = RunHint(ch, seg.Cell)
		}
		if style == ASCII {
			out = book.StripANSI(out)
		}
		b.WriteString(Fit(Indent(out, Margin), width))
		b.WriteString("\n")
	}
	return squeezeBlankLines(b.String()), nil
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
