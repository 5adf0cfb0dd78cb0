package editor

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

const src = "package ch01\n\nfunc MSE(pred, target []float64) float64 {\n\treturn 0\n}\n"

func keys(m Model, ks ...string) Model {
	for _, k := range ks {
		var msg tea.KeyPressMsg
		switch k {
		case "enter":
			msg = tea.KeyPressMsg{Code: tea.KeyEnter}
		case "tab":
			msg = tea.KeyPressMsg{Code: tea.KeyTab}
		case "backspace":
			msg = tea.KeyPressMsg{Code: tea.KeyBackspace}
		case "delete":
			msg = tea.KeyPressMsg{Code: tea.KeyDelete}
		case "up":
			msg = tea.KeyPressMsg{Code: tea.KeyUp}
		case "down":
			msg = tea.KeyPressMsg{Code: tea.KeyDown}
		case "left":
			msg = tea.KeyPressMsg{Code: tea.KeyLeft}
		case "right":
			msg = tea.KeyPressMsg{Code: tea.KeyRight}
		case "end":
			msg = tea.KeyPressMsg{Code: tea.KeyEnd}
		case "home":
			msg = tea.KeyPressMsg{Code: tea.KeyHome}
		case "ctrl+z":
			msg = tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl}
		case "ctrl+k":
			msg = tea.KeyPressMsg{Code: 'k', Mod: tea.ModCtrl}
		default:
			for _, r := range k {
				m, _ = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
			continue
		}
		m, _ = m.Update(msg)
	}
	return m
}

func TestEditingKeepsTabsAndIndents(t *testing.T) {
	m := New([]byte(src))
	if string(m.Value()) != src || m.Dirty() {
		t.Fatalf("a fresh editor changed the file: %q", m.Value())
	}
	// Replace "return 0" with a loop body, typing as a learner would.
	m = keys(m, "down", "down", "end", "enter")
	if l, c := m.Position(); l != 4 || c != 2 {
		t.Errorf("after enter at the end of a line ending in {: at %d:%d, want 4:2 (one tab in)", l, c)
	}
	m = keys(m, "sum := 0.0", "down", "end", "backspace", "backspace", " len(pred) > 0 && sum == 0")
	want := "package ch01\n\nfunc MSE(pred, target []float64) float64 {\n\tsum := 0.0\n\treturn len(pred) > 0 && sum == 0\n}\n"
	if got := string(m.Value()); got != want {
		t.Errorf("after editing:\n%s\nwant:\n%s", got, want)
	}
	if !m.Dirty() {
		t.Error("an edited buffer is not dirty")
	}
	m.MarkSaved()
	if m.Dirty() {
		t.Error("dirty after MarkSaved")
	}
	// Undo takes back the typing, then the two backspaces, then the line.
	m = keys(m, "ctrl+z", "ctrl+z")
	if got := string(m.Value()); !strings.Contains(got, "\treturn 0\n") || !strings.Contains(got, "\tsum := 0.0\n") {
		t.Errorf("two undos:\n%s", got)
	}
	// Backspace at a line's start joins it to the one above; delete at the
	// end joins the next.
	m = New([]byte("a\nb\n"))
	m = keys(m, "down", "backspace")
	if string(m.Value()) != "ab\n" {
		t.Errorf("backspace at a line's start: %q", m.Value())
	}
	m = keys(New([]byte("a\nb\n")), "end", "delete")
	if string(m.Value()) != "ab\n" {
		t.Errorf("delete at a line's end: %q", m.Value())
	}
	m = keys(New([]byte("abc\n")), "right", "ctrl+k")
	if string(m.Value()) != "a\n" {
		t.Errorf("ctrl+k: %q", m.Value())
	}
	m, _ = New([]byte("x\n")).Update(tea.PasteMsg{Content: "one\r\n\ttwo\n"})
	if string(m.Value()) != "one\n\ttwo\nx\n" {
		t.Errorf("a paste: %q", m.Value())
	}
}

func TestTheViewNumbersHighlightsAndScrolls(t *testing.T) {
	var b strings.Builder
	for i := range 60 {
		b.WriteString("// line\n")
		_ = i
	}
	m := New([]byte(src + b.String()))
	m.SetSize(40, 10)
	view := m.View()
	lines := strings.Split(view, "\n")
	if len(lines) != 10 {
		t.Fatalf("a view of height 10 has %d lines", len(lines))
	}
	plain := ansi.Strip(view)
	if !strings.HasPrefix(strings.Split(plain, "\n")[3], " 4     return 0") {
		t.Errorf("line 4 with its number and the tab as 4 spaces: %q", strings.Split(plain, "\n")[3])
	}
	if !strings.Contains(view, "\x1b[") {
		t.Error("no colour in the view")
	}
	for _, l := range strings.Split(plain, "\n") {
		if w := ansi.StringWidth(l); w > 40 {
			t.Errorf("a line wider than the editor: %d %q", w, l)
		}
	}
	for range 30 {
		m = keys(m, "down")
	}
	plain = ansi.Strip(m.View())
	if !strings.Contains(plain, "31 ") || strings.Contains(plain, " 1 package") {
		t.Errorf("the view did not follow the cursor to line 31:\n%s", plain)
	}
	m.NoColor(true)
	if v := m.View(); strings.Contains(strings.ReplaceAll(v, "\x1b[7m", ""), "\x1b[3") {
		t.Errorf("colours with NoColor:\n%q", v)
	}
}
