package tui

// The workbook on a workshop server (descent serve): one attendee's SSH
// session. What changes from a local run is gathered here: checks go
// through the server (its queue, its sandbox, the class board), the
// attendee edits their file in the workbook (e opens it; they have no editor
// on the server), and their race program runs in the server's sandbox.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"descent/runner"
	"descent/tui/editor"
)

// Workshop adapts the workbook to an attendee of `descent serve`.
type Workshop struct {
	// Check checks the attendee's saved file of the named exercise, the
	// server's way. It replaces runner.Check.
	Check func(ctx context.Context, name string) runner.Result
	// StartProgram starts the attendee's program pkg (the race), built
	// with their files of mine, under the server's limits and sandbox;
	// done is called once the program has ended. Nil: the race is not
	// offered.
	StartProgram func(ctx context.Context, pkg string, mine []runner.Exercise, args ...string) (p *runner.Program, done func(), err error)
	// Submit is the command that checks a file from the attendee's own
	// clone, for the exercise's description ("ssh -p 2323 host submit mse
	// < exercises/ch01/mse.go"). Nil: the description says only how to
	// check in the workbook.
	Submit func(e runner.Exercise) string
	// MaxFile is the largest file the editor saves (the server's limit on
	// a submission); 0 means no limit.
	MaxFile int
}

// workshopBackend checks through the server; the rest is the runner's.
func (w *Workshop) backend() exerciseBackend {
	b := realBackend()
	b.check = func(ctx context.Context, _, name string) runner.Result { return w.Check(ctx, name) }
	b.describe = w.describe
	return b
}

// describe is the exercise's description with its "Check it with" line
// saying what works in a workshop.
func (w *Workshop) describe(e runner.Exercise) string {
	desc := readDescription(e)
	local := "Check it with: go run . check " + e.Name + "   (from the repository root)"
	here := "Check it with: e opens your " + e.File + " in the editor here; ctrl+s saves and checks it."
	if w.Submit != nil {
		here += " From your own clone: " + w.Submit(e)
	}
	return strings.Replace(desc, local, here, 1)
}

// startRace starts the race program in the server's sandbox, with the
// learner's file of the exercise raced: the learnerProcess the race reads,
// from a runner.Program. args are the race's flags.
func (w *Workshop) startRace(name string, args []string) (*learnerProcess, error) {
	e, err := runner.Find(name)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	p, done, err := w.StartProgram(ctx, "race", []runner.Exercise{e}, args...)
	if err != nil {
		cancel()
		return nil, err
	}
	return &learnerProcess{
		pid:    p.Pid(),
		stdout: p.Stdout,
		stderr: &cappedBuffer{},
		kill:   func() { p.Stop(); cancel() },
		wait: func() error {
			end := p.Wait()
			cancel()
			done()
			switch {
			case end.Err != nil:
				return end.Err
			case end.Limit != "":
				return fmt.Errorf("stopped: %s limit", end.Limit)
			case end.Exit != 0:
				return fmt.Errorf("exit status %d", end.Exit)
			}
			return nil
		},
	}, nil
}

// The editor's keys, for the help line.
var (
	keyEdit    = key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit"))
	keySave    = key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save & check"))
	keyUndo    = key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "undo"))
	keyEditEsc = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close"))
)

// exEditor is the exercises screen's editor, open on one exercise's file.
type exEditor struct {
	e       runner.Exercise
	path    string
	m       editor.Model
	discard bool   // esc with unsaved changes asked once: a second esc leaves
	note    string // one line: saved, too large, could not save
}

// openEditor opens the selected exercise's file (the stub as shipped if
// the file is missing) in the editor.
func (x *exercises) openEditor() tea.Cmd {
	e, ok := x.current()
	if !ok {
		return nil
	}
	path := filepath.Join(x.dir, filepath.FromSlash(e.File))
	src, err := os.ReadFile(path)
	if err != nil {
		if src, err = runner.Pristine(e); err != nil {
			x.notice = "cannot open " + e.File + ": " + err.Error()
			return nil
		}
	}
	m := editor.New(src)
	m.NoColor(x.deps != nil && x.deps.NoColor)
	x.edit = &exEditor{e: e, path: path, m: m}
	x.sizeEditor()
	return nil
}

// editorVerdictLines is how many lines under the editor show the last
// check of the file.
const editorVerdictLines = 4

func (x *exercises) sizeEditor() {
	if x.edit != nil {
		x.edit.m.SetSize(x.width, max(x.height-editorVerdictLines-1, 3))
	}
}

// updateEditor handles a key or a paste while the editor is open.
func (x *exercises) updateEditor(msg tea.Msg) tea.Cmd {
	ed := x.edit
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, keySave):
			return x.saveEditor()
		case key.Matches(k, keyEditEsc):
			if ed.m.Dirty() && !ed.discard {
				ed.discard = true
				ed.note = "not saved: ctrl+s saves · esc again discards"
				return nil
			}
			x.edit = nil
			x.layout()
			return nil
		}
		ed.discard = false
	}
	ed.m, _ = ed.m.Update(msg)
	if ed.m.Dirty() {
		ed.note = ""
	}
	return nil
}

// saveEditor writes the file atomically and checks it.
func (x *exercises) saveEditor() tea.Cmd {
	ed := x.edit
	src := ed.m.Value()
	if w := x.deps.workshop; w != nil && w.MaxFile > 0 && len(src) > w.MaxFile {
		ed.note = fmt.Sprintf("not saved: the file is over %d KB", w.MaxFile>>10)
		return nil
	}
	if err := runner.WriteFileAtomic(ed.path, src, 0o644); err != nil {
		ed.note = "not saved: " + err.Error()
		return nil
	}
	ed.m.MarkSaved()
	ed.discard = false
	ed.note = "saved " + ed.e.File
	delete(x.results, ed.e.Name) // the verdict shown is the new file's
	return x.startCheck()
}

// editorView is the editor over the whole screen, the last check of the
// file under it, and a status line.
func (x *exercises) editorView() string {
	ed := x.edit
	var b strings.Builder
	b.WriteString(ed.m.View())
	b.WriteString("\n")
	var verdictLines []string
	name := ed.e.Name
	res, done := x.results[name]
	switch {
	case x.checking == name:
		verdictLines = []string{styleWarn.Render("◌ checking " + name + "…")}
	case done:
		v := verdictOf(res)
		st := styleBad
		if v.ok {
			st = styleGood
		} else if res.Status == runner.Pending || res.Status == runner.RunError {
			st = styleWarn
		}
		verdictLines = append([]string{st.Render(v.headline)}, v.first...)
		if !v.ok {
			verdictLines = append(verdictLines, styleMuted.Render("esc, then the exercise's page, shows the whole report"))
		}
	default:
		verdictLines = []string{styleMuted.Render("ctrl+s saves and checks · ctrl+z undoes · esc closes the editor")}
	}
	rule := styleMuted.Render(strings.Repeat("─", max(x.width, 1)))
	lines := append([]string{rule}, verdictLines...)
	for len(lines) < editorVerdictLines {
		lines = append(lines, "")
	}
	if len(lines) > editorVerdictLines {
		lines = lines[:editorVerdictLines]
	}
	for _, l := range lines {
		b.WriteString(fitLine(l, x.width) + "\n")
	}
	line, col := ed.m.Position()
	status := fmt.Sprintf(" %s  %d:%d", ed.e.File, line, col)
	if ed.m.Dirty() {
		status += "  [modified]"
	}
	if ed.note != "" {
		status += "  " + ed.note
	}
	b.WriteString(styleMuted.Render(fitLine(status, x.width)))
	return fitBlock(b.String(), x.width, x.height)
}

// editorKeys are the help line's keys while the editor is open.
func editorKeys() []key.Binding { return []key.Binding{keySave, keyUndo, keyEditEsc} }
