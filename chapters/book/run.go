package book

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"descent/cli"
)

// Capture is an Output that keeps everything in memory: the text printed so
// far and the latest frame. It is what `descent read --run`, the tests and
// any caller that wants a cell's output as a string use. It is safe for one
// writer and many readers.
type Capture struct {
	mu       sync.Mutex
	text     strings.Builder
	frame    string
	progress string
}

// Printf appends text.
func (c *Capture) Printf(format string, a ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Fprintf(&c.text, format, a...)
}

// Frame replaces the live area.
func (c *Capture) Frame(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.frame = s
}

// Progress records where the run is.
func (c *Capture) Progress(format string, a ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.progress = fmt.Sprintf(format, a...)
}

// LastProgress is the last Progress the cell reported ("" if none).
func (c *Capture) LastProgress() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.progress
}

// String is the output as a finished cell shows it: the text, then the last
// frame (with a final newline, so outputs concatenate cleanly).
func (c *Capture) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.text.String() + c.frame
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}

// RunCell runs one cell with in and returns its whole output. A cell that
// panics is a bug in the chapter; RunCell turns the panic into an error so
// one broken cell never takes down the workbook.
func RunCell(ctx context.Context, cell *Cell, in Inputs) (out string, err error) {
	var c Capture
	defer func() {
		if r := recover(); r != nil {
			out, err = c.String(), fmt.Errorf("cell %s panicked: %v", cell.ID, r)
		}
	}()
	err = cell.Run(ctx, in, &c)
	return c.String(), err
}

// RunDefault runs a cell with every param at its default.
func RunDefault(ctx context.Context, cell *Cell) (string, error) {
	return RunCell(ctx, cell, Defaults(cell.Params))
}

// An ExerciseLink is one exercise as a chapter lists it.
type ExerciseLink struct {
	Name    string // the name `check NAME` takes
	Summary string
	File    string // inside the exercises module, e.g. "ch01/mse.go"
}

var exercisesLine = regexp.MustCompile(`(?m)^\{\{exercises\}\}[ \t]*$`)

// HasExercisesLine reports whether the prose has an {{exercises}} line.
func HasExercisesLine(markdown string) bool { return exercisesLine.MatchString(markdown) }

// ExpandExercises replaces an {{exercises}} line in the prose with a list
// of the given exercises, so the chapter's list is generated from the
// exercise catalog and cannot drift from it.
func ExpandExercises(markdown string, links []ExerciseLink) string {
	var b strings.Builder
	if len(links) == 0 {
		b.WriteString("(No exercises for this chapter yet.)")
	}
	for _, l := range links {
		fmt.Fprintf(&b, "- **%s** (`exercises/%s`): %s. Check it with `%s`.\n", l.Name, l.File, l.Summary, cli.Line("check "+l.Name))
	}
	list := strings.TrimRight(b.String(), "\n")
	return exercisesLine.ReplaceAllLiteralString(markdown, list)
}

// FindCell is Cell with an error that lists the chapter's cells, for
// commands that take a cell ID from the user.
func (c *Chapter) FindCell(id string) (*Cell, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if cell := c.Cell(id); cell != nil {
		return cell, nil
	}
	ids := make([]string, len(c.Cells))
	for i, cell := range c.Cells {
		ids[i] = cell.ID
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("chapter %s has no cells yet", c.Slug)
	}
	return nil, fmt.Errorf("chapter %s has no cell %q (valid: %s)", c.Slug, id, strings.Join(ids, ", "))
}

// An InputError is a cell's complaint about its inputs that a Param's range
// cannot express (one param must be less than another). Commands report it
// as bad input (exit code 2), not as a failure of the cell.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

// BadInput returns an InputError.
func BadInput(format string, a ...any) error {
	return &InputError{Msg: fmt.Sprintf(format, a...)}
}
