// Package editor is a small editor for one Go file, for a learner who has
// no editor of their own: a workshop attendee in the workbook over SSH. It
// shows line numbers and Go highlighting, keeps tabs as tabs (the file
// stays gofmt's), and leaves saving to its host: the exercises screen saves
// on ctrl+s and checks the file.
//
// It is not bubbles' textarea because a textarea turns tabs into spaces,
// caps a file at 99 lines by default, and reads ctrl+v from the clipboard
// of the machine it runs on, which over SSH is the server's.
package editor

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/charmbracelet/x/ansi"
)

// tabWidth is how many columns a tab takes on screen.
const tabWidth = 4

// maxUndo bounds the undo history.
const maxUndo = 200

// Model is the editor: a buffer of lines, a cursor and a scrolled view.
type Model struct {
	lines     [][]rune
	row, col  int // the cursor, in runes
	wantX     int // the screen column up and down aim for
	top, left int // the first line and screen column shown
	width     int
	height    int
	dirty     bool
	undo      []snapshot
	lastEdit  string // the kind of the last edit, to group typing into one undo step
	styled    []string
	version   int // bumps on every change; styled is for styledAt
	styledAt  int
	noColor   bool
	Styles    Styles
}

type snapshot struct {
	lines    [][]rune
	row, col int
}

// Styles are the editor's colours.
type Styles struct {
	LineNumber, CurrentLineNumber, Cursor                        lipgloss.Style
	Keyword, Type, Name, Func, String, Number, Comment, Operator lipgloss.Style
}

// DefaultStyles use the 16 basic colours, which every terminal has and
// which a colour profile can always map.
func DefaultStyles() Styles {
	return Styles{
		LineNumber:        lipgloss.NewStyle().Foreground(lipgloss.BrightBlack),
		CurrentLineNumber: lipgloss.NewStyle().Foreground(lipgloss.Yellow),
		Cursor:            lipgloss.NewStyle().Reverse(true),
		Keyword:           lipgloss.NewStyle().Foreground(lipgloss.Magenta),
		Type:              lipgloss.NewStyle().Foreground(lipgloss.Cyan),
		Name:              lipgloss.NewStyle(),
		Func:              lipgloss.NewStyle().Foreground(lipgloss.Blue),
		String:            lipgloss.NewStyle().Foreground(lipgloss.Green),
		Number:            lipgloss.NewStyle().Foreground(lipgloss.Yellow),
		Comment:           lipgloss.NewStyle().Foreground(lipgloss.BrightBlack),
		Operator:          lipgloss.NewStyle(),
	}
}

// New returns an editor holding src, cursor at the top.
func New(src []byte) Model {
	m := Model{Styles: DefaultStyles(), width: 80, height: 20, styledAt: -1}
	m.setText(string(src))
	return m
}

// NoColor turns highlighting off (the cursor and line numbers stay
// readable: the cursor is reverse video).
func (m *Model) NoColor(on bool) { m.noColor, m.styledAt = on, -1 }

func (m *Model) setText(s string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.TrimSuffix(s, "\n")
	m.lines = nil
	for _, l := range strings.Split(s, "\n") {
		m.lines = append(m.lines, []rune(l))
	}
	m.row, m.col, m.top, m.left = 0, 0, 0, 0
	m.changed()
	m.dirty = false
}

// Value is the file as it stands: lines joined by newlines, ending with
// one, as gofmt wants.
func (m Model) Value() []byte {
	var b strings.Builder
	for i, l := range m.lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(string(l))
	}
	b.WriteByte('\n')
	return []byte(b.String())
}

// Dirty reports whether the buffer changed since New or MarkSaved.
func (m Model) Dirty() bool { return m.dirty }

// MarkSaved records that the buffer is what is on disk.
func (m *Model) MarkSaved() { m.dirty = false }

// Position is the cursor's line and column, from 1, as an editor's status
// line shows them.
func (m Model) Position() (line, col int) { return m.row + 1, m.col + 1 }

// Lines is the number of lines.
func (m Model) Lines() int { return len(m.lines) }

// SetSize sets the area the editor draws in, line numbers included.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = max(10, width), max(1, height)
	m.scroll()
}

// Update edits the buffer with a key or a paste. It handles no key that
// means something to its host (esc, ctrl+s, ctrl+c): the host looks at
// those first.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		m.edit("paste")
		m.insert(strings.ReplaceAll(msg.Content, "\r\n", "\n"))
	case tea.KeyPressMsg:
		m.key(msg)
	}
	m.scroll()
	return m, nil
}

func (m *Model) key(msg tea.KeyPressMsg) {
	before := m.version
	defer func() {
		if m.version == before {
			m.lastEdit = "" // a move ends a run of typing: the next edit is a new undo step
		}
	}()
	line := m.lines[m.row]
	switch msg.String() {
	case "up":
		m.moveLine(-1)
	case "down":
		m.moveLine(1)
	case "pgup":
		m.moveLine(-m.height + 1)
	case "pgdown":
		m.moveLine(m.height - 1)
	case "left":
		if m.col > 0 {
			m.col--
		} else if m.row > 0 {
			m.row--
			m.col = len(m.lines[m.row])
		}
		m.wantX = m.x()
	case "right":
		if m.col < len(line) {
			m.col++
		} else if m.row < len(m.lines)-1 {
			m.row, m.col = m.row+1, 0
		}
		m.wantX = m.x()
	case "home", "ctrl+a":
		m.col, m.wantX = 0, 0
	case "end", "ctrl+e":
		m.col = len(line)
		m.wantX = m.x()
	case "ctrl+home":
		m.row, m.col, m.wantX = 0, 0, 0
	case "ctrl+end":
		m.row = len(m.lines) - 1
		m.col = len(m.lines[m.row])
		m.wantX = m.x()
	case "enter":
		m.edit("enter")
		indent := leadingTabs(line[:m.col])
		if m.col > 0 && line[m.col-1] == '{' {
			indent += "\t"
		}
		m.insert("\n" + indent)
	case "tab":
		m.edit("type")
		m.insert("\t")
	case "backspace", "ctrl+h":
		if m.col == 0 && m.row == 0 {
			return
		}
		m.edit("delete")
		if m.col > 0 {
			m.lines[m.row] = append(line[:m.col-1:m.col-1], line[m.col:]...)
			m.col--
		} else {
			prev := m.lines[m.row-1]
			m.col = len(prev)
			m.lines[m.row-1] = append(prev[:len(prev):len(prev)], line...)
			m.lines = append(m.lines[:m.row], m.lines[m.row+1:]...)
			m.row--
		}
		m.wantX = m.x()
		m.changed()
	case "delete", "ctrl+d":
		if m.col == len(line) && m.row == len(m.lines)-1 {
			return
		}
		m.edit("delete")
		if m.col < len(line) {
			m.lines[m.row] = append(line[:m.col:m.col], line[m.col+1:]...)
		} else {
			m.lines[m.row] = append(line[:len(line):len(line)], m.lines[m.row+1]...)
			m.lines = append(m.lines[:m.row+1], m.lines[m.row+2:]...)
		}
		m.changed()
	case "ctrl+k":
		m.edit("kill")
		if m.col < len(line) {
			m.lines[m.row] = line[:m.col:m.col]
			m.changed()
		}
	case "ctrl+z":
		m.undoOnce()
	default:
		if msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0 {
			m.edit("type")
			m.insert(msg.Text)
		}
	}
}

// insert puts s at the cursor, which ends after it.
func (m *Model) insert(s string) {
	if s == "" {
		return
	}
	line := m.lines[m.row]
	tail := append([]rune(nil), line[m.col:]...)
	parts := strings.Split(s, "\n")
	head := append(line[:m.col:m.col], []rune(parts[0])...)
	if len(parts) == 1 {
		m.lines[m.row] = append(head, tail...)
		m.col = len(head)
	} else {
		news := [][]rune{head}
		for _, p := range parts[1 : len(parts)-1] {
			news = append(news, []rune(p))
		}
		last := []rune(parts[len(parts)-1])
		m.col = len(last)
		news = append(news, append(last, tail...))
		rest := append([][]rune(nil), m.lines[m.row+1:]...)
		m.lines = append(append(m.lines[:m.row], news...), rest...)
		m.row += len(parts) - 1
	}
	m.wantX = m.x()
	m.changed()
}

// edit saves an undo step before a change of the given kind; typing (or
// deleting) in a row is one step.
func (m *Model) edit(kind string) {
	if kind == m.lastEdit && (kind == "type" || kind == "delete") {
		return
	}
	m.lastEdit = kind
	cp := make([][]rune, len(m.lines))
	for i, l := range m.lines {
		cp[i] = append([]rune(nil), l...)
	}
	m.undo = append(m.undo, snapshot{cp, m.row, m.col})
	if len(m.undo) > maxUndo {
		m.undo = m.undo[1:]
	}
}

func (m *Model) undoOnce() {
	if len(m.undo) == 0 {
		return
	}
	s := m.undo[len(m.undo)-1]
	m.undo = m.undo[:len(m.undo)-1]
	m.lines, m.row, m.col = s.lines, s.row, s.col
	m.lastEdit = ""
	m.wantX = m.x()
	m.changed()
}

func (m *Model) changed() {
	m.dirty = true
	m.version++
}

// moveLine moves the cursor n lines, keeping to the screen column it aims
// for.
func (m *Model) moveLine(n int) {
	m.row = min(max(m.row+n, 0), len(m.lines)-1)
	m.col = colAt(m.lines[m.row], m.wantX)
}

// x is the cursor's screen column in its line.
func (m Model) x() int { return width(m.lines[m.row][:m.col]) }

// scroll keeps the cursor in view.
func (m *Model) scroll() {
	if m.row < m.top {
		m.top = m.row
	}
	if m.row >= m.top+m.height {
		m.top = m.row - m.height + 1
	}
	m.top = max(0, min(m.top, len(m.lines)-1))
	text := m.textWidth()
	x := m.x()
	if x < m.left {
		m.left = x
	}
	if x >= m.left+text {
		m.left = x - text + 1
	}
}

func (m Model) gutter() int { return len(strconv.Itoa(len(m.lines))) + 1 }

func (m Model) textWidth() int { return max(1, m.width-m.gutter()-1) }

// View draws the visible lines with their numbers, highlighted, the
// cursor in reverse video.
func (m *Model) View() string {
	m.highlight()
	g := m.gutter()
	text := m.textWidth()
	var b strings.Builder
	for i := m.top; i < m.top+m.height; i++ {
		if i > m.top {
			b.WriteByte('\n')
		}
		if i >= len(m.lines) {
			b.WriteString(strings.Repeat(" ", g) + "~")
			continue
		}
		num := m.Styles.LineNumber
		if i == m.row {
			num = m.Styles.CurrentLineNumber
		}
		if m.noColor {
			num = lipgloss.NewStyle()
		}
		b.WriteString(num.Render(pad(strconv.Itoa(i+1), g-1)) + " ")
		var line string
		if i == m.row {
			line = m.cursorLine(text)
		} else {
			line = ansi.Cut(m.styled[i], m.left, m.left+text)
		}
		b.WriteString(line)
	}
	return b.String()
}

// cursorLine draws the cursor's line: plain around the cursor, so that the
// cursor cell can be marked without cutting through colour codes.
func (m Model) cursorLine(text int) string {
	line := m.lines[m.row]
	before := expand(line[:m.col], 0)
	under := " "
	rest := ""
	if m.col < len(line) {
		under = expand(line[m.col:m.col+1], width(line[:m.col]))
		rest = expand(line[m.col+1:], width(line[:m.col+1]))
	}
	full := before + m.Styles.Cursor.Render(under) + rest
	return ansi.Cut(full, m.left, m.left+text)
}

// highlight styles every line, once per version of the buffer.
func (m *Model) highlight() {
	if m.styledAt == m.version && len(m.styled) == len(m.lines) {
		return
	}
	m.styledAt = m.version
	m.styled = make([]string, len(m.lines))
	src := string(m.Value())
	lexer := lexers.Get("go")
	var it chroma.Iterator
	var err error
	if lexer != nil && !m.noColor {
		it, err = lexer.Tokenise(nil, src)
	}
	if it == nil || err != nil {
		for i, l := range m.lines {
			m.styled[i] = expand(l, 0)
		}
		return
	}
	row, x := 0, 0
	var b strings.Builder
	for tok := it(); tok != chroma.EOF; tok = it() {
		parts := strings.Split(tok.Value, "\n")
		for k, part := range parts {
			if k > 0 {
				if row < len(m.styled) {
					m.styled[row] = b.String()
				}
				b.Reset()
				row, x = row+1, 0
			}
			if part == "" {
				continue
			}
			shown := expand([]rune(part), x)
			x += ansi.StringWidth(shown)
			b.WriteString(m.style(tok.Type).Render(shown))
		}
	}
	if row < len(m.styled) {
		m.styled[row] = b.String()
	}
}

func (m Model) style(t chroma.TokenType) lipgloss.Style {
	s := m.Styles
	switch {
	case t.InCategory(chroma.Comment):
		return s.Comment
	case t == chroma.KeywordType:
		return s.Type
	case t.InCategory(chroma.Keyword):
		return s.Keyword
	case t == chroma.NameFunction:
		return s.Func
	case t == chroma.NameBuiltin:
		return s.Type
	case t.InCategory(chroma.Name):
		return s.Name
	case t.InSubCategory(chroma.LiteralString):
		return s.String
	case t.InSubCategory(chroma.LiteralNumber):
		return s.Number
	case t.InCategory(chroma.Operator), t.InCategory(chroma.Punctuation):
		return s.Operator
	}
	return lipgloss.NewStyle()
}

// expand turns tabs into spaces up to the next tab stop, for a run of
// text starting at screen column x.
func expand(rs []rune, x int) string {
	var b strings.Builder
	for _, r := range rs {
		if r == '\t' {
			n := tabWidth - x%tabWidth
			b.WriteString(strings.Repeat(" ", n))
			x += n
			continue
		}
		b.WriteRune(r)
		x += ansi.StringWidth(string(r))
	}
	return b.String()
}

// width is how many screen columns rs takes from column 0.
func width(rs []rune) int { return ansi.StringWidth(expand(rs, 0)) }

// colAt is the rune index in line whose screen column is closest to x
// from the left.
func colAt(line []rune, x int) int {
	col := 0
	for col < len(line) && width(line[:col+1]) <= x {
		col++
	}
	return col
}

func leadingTabs(rs []rune) string {
	n := 0
	for n < len(rs) && (rs[n] == '\t' || rs[n] == ' ') {
		n++
	}
	return string(rs[:n])
}

func pad(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat(" ", n-len(s)) + s
}
