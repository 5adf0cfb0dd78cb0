package render

import (
	"go/scanner"
	"go/token"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// TabWidth is how many columns a tab in source code takes on screen (what
// gofmt's output is usually read at).
const TabWidth = 4

// ContinuationMark starts a line that continues the one above it: a code
// line too long for the screen, or a line of a cell's output.
const ContinuationMark = "↪ "

// Code renders source code for a terminal: every line indented by indent
// columns and at most width columns wide. Tabs become spaces; a line too
// long for the width is broken at a token boundary (after a comma or an
// opening bracket, at a space, before an operator) and continues on the
// next line, indented a little further, behind ContinuationMark. A single
// token wider than the room left is cut where it must be.
//
// lang "go" is tokenized with go/scanner, which also colours it in the
// Dark and Light styles; any other language is broken at spaces.
func Code(src, lang string, width, indent int, style Style) string {
	width = max(width, MinWidth)
	indent = clamp(indent, 0, width/4)
	var b strings.Builder
	for _, line := range codeLines(src, lang) {
		for _, l := range wrapPieces(line, width-indent) {
			b.WriteString(strings.Repeat(" ", indent))
			b.WriteString(paint(l, style))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// A piece is a run of source text of one kind, within one line.
type piece struct {
	text string
	kind pieceKind
}

type pieceKind int

const (
	pSpace pieceKind = iota
	pPlain           // identifiers, and anything not below
	pKeyword
	pString
	pNumber
	pComment
	pPunct // operators and brackets
	pFunc  // an identifier followed by "(": a call or a declaration
	pMark  // the continuation mark
)

// codeLines splits src into lines of pieces, tabs expanded.
func codeLines(src, lang string) [][]piece {
	src = strings.TrimRight(src, "\n")
	var lines [][]piece
	if lang == "go" {
		lines = goPieces(src)
	} else {
		for _, l := range strings.Split(src, "\n") {
			lines = append(lines, wordPieces(l, pPlain))
		}
	}
	for _, l := range lines {
		col := 0
		for i := range l {
			if strings.Contains(l[i].text, "\t") {
				l[i].text = expandTabs(l[i].text, col)
			}
			col += ansi.StringWidth(l[i].text)
		}
	}
	return lines
}

// expandTabs replaces each tab with spaces up to the next tab stop, the
// text starting at column col.
func expandTabs(s string, col int) string {
	var b strings.Builder
	for _, r := range s {
		if r == '\t' {
			n := TabWidth - col%TabWidth
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col += ansi.StringWidth(string(r))
	}
	return b.String()
}

// wordPieces splits text into words and the spaces between them, all of
// kind k (spaces as pSpace), so a long comment or string can break at a
// space.
func wordPieces(text string, k pieceKind) []piece {
	var out []piece
	start := 0
	space := false
	for i, r := range text {
		s := r == ' ' || r == '\t'
		if i > start && s != space {
			out = append(out, piece{text[start:i], pick(space, pSpace, k)})
			start = i
		}
		space = s
	}
	if start < len(text) {
		out = append(out, piece{text[start:], pick(space, pSpace, k)})
	}
	return out
}

func pick[T any](c bool, a, b T) T {
	if c {
		return a
	}
	return b
}

// goPieces tokenizes Go source with go/scanner (which reads a fragment as
// happily as a file) and cuts the tokens at line ends.
func goPieces(src string) [][]piece {
	lines := [][]piece{nil}
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), func(token.Position, string) {}, scanner.ScanComments)
	// emit adds src[from:to] as kind k, starting new lines at '\n'.
	emit := func(from, to int, k pieceKind) {
		for i, part := range strings.Split(src[from:to], "\n") {
			if i > 0 {
				lines = append(lines, nil)
			}
			if part == "" {
				continue
			}
			cur := &lines[len(lines)-1]
			if k == pComment || k == pString || k == pSpace {
				*cur = append(*cur, wordPieces(part, k)...)
			} else {
				*cur = append(*cur, piece{part, k})
			}
		}
	}
	at := 0
	var prev *piece // the last identifier, to recolour it when "(" follows
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		off := file.Offset(pos)
		if tok == token.SEMICOLON && lit == "\n" {
			continue // an inserted semicolon: nothing in the text
		}
		text := lit
		if text == "" {
			text = tok.String()
		}
		if off < at || off+len(text) > len(src) || src[off:off+len(text)] != text {
			continue // defensive: never duplicate or invent text
		}
		emit(at, off, pSpace)
		k := pPlain
		switch {
		case tok.IsKeyword():
			k = pKeyword
		case tok == token.STRING || tok == token.CHAR:
			k = pString
		case tok == token.INT || tok == token.FLOAT || tok == token.IMAG:
			k = pNumber
		case tok == token.COMMENT:
			k = pComment
		case tok.IsOperator():
			k = pPunct
		}
		if tok == token.LPAREN && prev != nil && at == off {
			prev.kind = pFunc
		}
		emit(off, off+len(text), k)
		at = off + len(text)
		prev = nil
		if tok == token.IDENT {
			l := lines[len(lines)-1]
			prev = &l[len(l)-1]
		}
	}
	emit(at, len(src), pSpace)
	return lines
}

// wrapPieces breaks one line into lines of at most width columns. The
// continuation lines are indented two columns past the line's own indent
// (at most a third of the width) and begin with ContinuationMark.
func wrapPieces(line []piece, width int) [][]piece {
	total := 0
	for _, p := range line {
		total += ansi.StringWidth(p.text)
	}
	if total <= width {
		return [][]piece{line}
	}
	lead := 0
	if len(line) > 0 && line[0].kind == pSpace {
		lead = ansi.StringWidth(line[0].text)
	}
	hang := strings.Repeat(" ", min(lead+2, width/3)) + ContinuationMark
	var out [][]piece
	cur, used := []piece(nil), 0
	room := width
	// strong and weak are indexes in cur after which a break reads well
	// (after a comma or an opening bracket; after a space), -1 for none.
	strong, weak := -1, -1
	flush := func(upTo int) {
		head, tail := cur[:upTo], append([]piece(nil), cur[upTo:]...)
		for len(head) > 0 && head[len(head)-1].kind == pSpace {
			head = head[:len(head)-1]
		}
		for len(tail) > 0 && tail[0].kind == pSpace {
			tail = tail[1:]
		}
		out = append(out, head)
		room = width
		cur = []piece{{hang, pMark}}
		used = ansi.StringWidth(hang)
		for _, p := range tail {
			cur = append(cur, p)
			used += ansi.StringWidth(p.text)
		}
		strong, weak = -1, -1
	}
	for _, p := range line {
		w := ansi.StringWidth(p.text)
		if used+w > room && p.kind != pSpace {
			// A break after a comma or bracket, unless it would leave the
			// line less than half full; else after a space.
			breakAt := weak
			if strong > 0 && 2*widthOf(cur[:strong]) >= room {
				breakAt = strong
			}
			if breakAt > 0 && len(cur) > breakAt {
				flush(breakAt)
			} else if len(cur) > 1 || (len(cur) == 1 && cur[0].kind != pMark) {
				flush(len(cur))
			}
			// A token that alone is wider than the room is cut.
			for used+w > room {
				n := max(room-used, 1)
				cur = append(cur, piece{ansi.Truncate(p.text, n, ""), p.kind})
				p.text = ansi.TruncateLeft(p.text, n, "")
				w = ansi.StringWidth(p.text)
				flush(len(cur))
			}
		}
		cur = append(cur, p)
		used += w
		switch {
		case p.kind == pSpace:
			weak = len(cur)
		case strongBreak(p):
			strong, weak = len(cur), len(cur)
		}
	}
	for len(cur) > 0 && cur[len(cur)-1].kind == pSpace {
		cur = cur[:len(cur)-1]
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// strongBreak says whether a line reads well broken after p: a comma, an
// opening bracket or a semicolon.
func strongBreak(p piece) bool {
	if p.kind != pPunct {
		return false
	}
	switch p.text {
	case ",", "(", "[", "{", ";":
		return true
	}
	return false
}

func widthOf(ps []piece) int {
	n := 0
	for _, p := range ps {
		n += ansi.StringWidth(p.text)
	}
	return n
}

// Colours for Go source in the Dark and Light styles: 256-colour codes, as
// Glamour's own styles use.
var (
	codeDark = map[pieceKind]lipgloss.Style{
		pPlain:   lipgloss.NewStyle().Foreground(lipgloss.Color("251")),
		pKeyword: lipgloss.NewStyle().Foreground(lipgloss.Color("39")),
		pString:  lipgloss.NewStyle().Foreground(lipgloss.Color("173")),
		pNumber:  lipgloss.NewStyle().Foreground(lipgloss.Color("85")),
		pComment: lipgloss.NewStyle().Foreground(lipgloss.Color("244")),
		pPunct:   lipgloss.NewStyle().Foreground(lipgloss.Color("187")),
		pFunc:    lipgloss.NewStyle().Foreground(lipgloss.Color("42")),
		pMark:    lipgloss.NewStyle().Foreground(lipgloss.Color("241")),
	}
	codeLight = map[pieceKind]lipgloss.Style{
		pPlain:   lipgloss.NewStyle().Foreground(lipgloss.Color("236")),
		pKeyword: lipgloss.NewStyle().Foreground(lipgloss.Color("25")),
		pString:  lipgloss.NewStyle().Foreground(lipgloss.Color("130")),
		pNumber:  lipgloss.NewStyle().Foreground(lipgloss.Color("29")),
		pComment: lipgloss.NewStyle().Foreground(lipgloss.Color("245")),
		pPunct:   lipgloss.NewStyle().Foreground(lipgloss.Color("95")),
		pFunc:    lipgloss.NewStyle().Foreground(lipgloss.Color("28")),
		pMark:    lipgloss.NewStyle().Foreground(lipgloss.Color("247")),
	}
)

// paint joins a line's pieces, coloured unless style is ASCII.
func paint(line []piece, style Style) string {
	var b strings.Builder
	var styles map[pieceKind]lipgloss.Style
	switch style {
	case Dark:
		styles = codeDark
	case Light:
		styles = codeLight
	}
	for _, p := range line {
		st, ok := styles[p.kind]
		if !ok || p.kind == pSpace {
			b.WriteString(p.text)
			continue
		}
		b.WriteString(st.Render(p.text))
	}
	return b.String()
}
