package book

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// A Chapter is one numbered lesson.
type Chapter struct {
	Number   int
	Slug     string // "03-algorithms": also the directory under chapters/
	Title    string
	Summary  string // one line for lists
	Markdown string // the prose, with {{cell ID}} lines where cells go
	Cells    []Cell
}

// A Cell is a runnable piece of a chapter.
type Cell struct {
	ID     string // unique within its chapter, kebab-case
	Title  string
	Params []Param
	// Run writes the cell's output. It must honour ctx (return ctx.Err()
	// soon after it is canceled) and be deterministic for given inputs.
	Run func(ctx context.Context, in Inputs, out Output) error
	// Source is the Go source a learner reads above the output: set it with
	// MustSource so it comes from the real file.
	Source string
}

// ParamKind says what values a Param takes.
type ParamKind int

const (
	Float  ParamKind = iota // a real number in [Min, Max]
	Int                     // a whole number in [Min, Max]
	Choice                  // one of Choices
	Bool                    // true or false
)

// A Param is one knob of a cell.
type Param struct {
	Name    string // kebab-case; `descent run … --name value`
	Doc     string // one line
	Kind    ParamKind
	Default float64 // for Float, Int and Bool (0 or 1)
	Min     float64
	Max     float64
	Log     bool     // knobs step multiplicatively (learning rates)
	Choices []string // for Choice
	Choice  string   // the default choice
}

// DefaultString is the default as a learner would type it.
func (p Param) DefaultString() string {
	switch p.Kind {
	case Choice:
		return p.Choice
	case Bool:
		return strconv.FormatBool(p.Default != 0)
	case Int:
		return strconv.Itoa(int(p.Default))
	}
	return strconv.FormatFloat(p.Default, 'g', -1, 64)
}

// RangeString describes the valid values, for errors and help.
func (p Param) RangeString() string {
	switch p.Kind {
	case Choice:
		return "one of " + strings.Join(p.Choices, ", ")
	case Bool:
		return "true or false"
	case Int:
		return fmt.Sprintf("a whole number in [%d, %d]", int(p.Min), int(p.Max))
	}
	return fmt.Sprintf("a number in [%g, %g]", p.Min, p.Max)
}

// Parse checks s against the param and returns its value: a float64 for
// Float, Int and Bool (1 or 0), or the choice for Choice.
func (p Param) Parse(s string) (float64, string, error) {
	s = strings.TrimSpace(s)
	switch p.Kind {
	case Choice:
		for _, c := range p.Choices {
			if strings.EqualFold(c, s) {
				return 0, c, nil
			}
		}
		return 0, "", fmt.Errorf("--%s %q: must be %s", p.Name, s, p.RangeString())
	case Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return 0, "", fmt.Errorf("--%s %q: must be true or false", p.Name, s)
		}
		if b {
			return 1, "", nil
		}
		return 0, "", nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, "", fmt.Errorf("--%s %q: not a finite number; must be %s", p.Name, s, p.RangeString())
	}
	if p.Kind == Int && v != math.Trunc(v) {
		return 0, "", fmt.Errorf("--%s %s: must be %s", p.Name, s, p.RangeString())
	}
	if v < p.Min || v > p.Max {
		return 0, "", fmt.Errorf("--%s %s: out of range; must be %s", p.Name, s, p.RangeString())
	}
	return v, "", nil
}

// Inputs are a cell's parameter values, defaults filled in.
type Inputs struct {
	nums    map[string]float64
	choices map[string]string
}

// Defaults returns the inputs with every param at its default.
func Defaults(params []Param) Inputs {
	in := Inputs{nums: map[string]float64{}, choices: map[string]string{}}
	for _, p := range params {
		if p.Kind == Choice {
			in.choices[p.Name] = p.Choice
		} else {
			in.nums[p.Name] = p.Default
		}
	}
	return in
}

// With returns a copy of in with name set from the text s, checked
// against params.
func (in Inputs) With(params []Param, name, s string) (Inputs, error) {
	for _, p := range params {
		if p.Name != name {
			continue
		}
		v, c, err := p.Parse(s)
		if err != nil {
			return in, err
		}
		out := in.clone()
		if p.Kind == Choice {
			out.choices[name] = c
		} else {
			out.nums[name] = v
		}
		return out, nil
	}
	names := make([]string, len(params))
	for i, p := range params {
		names[i] = "--" + p.Name
	}
	if len(names) == 0 {
		return in, fmt.Errorf("this cell takes no parameters (got --%s)", name)
	}
	return in, fmt.Errorf("unknown parameter --%s (this cell takes %s)", name, strings.Join(names, ", "))
}

func (in Inputs) clone() Inputs {
	out := Inputs{nums: make(map[string]float64, len(in.nums)), choices: make(map[string]string, len(in.choices))}
	for k, v := range in.nums {
		out.nums[k] = v
	}
	for k, v := range in.choices {
		out.choices[k] = v
	}
	return out
}

// Float returns a numeric param (0 if the cell has no such param).
func (in Inputs) Float(name string) float64 { return in.nums[name] }

// Int returns a whole-number param.
func (in Inputs) Int(name string) int { return int(in.nums[name]) }

// Bool returns a true/false param.
func (in Inputs) Bool(name string) bool { return in.nums[name] != 0 }

// Choice returns a choice param.
func (in Inputs) Choice(name string) string { return in.choices[name] }

// Output receives a cell's output as it runs.
//
// Printf appends text. Frame replaces the cell's live area: a curve that
// redraws while a model trains calls Frame on each update; when the cell
// ends, the last frame stays, after the text printed before it. Headless,
// only that last frame is printed.
//
// Progress says where a long run is, in a few words ("epoch 812/2000"). A
// screen shows it while the cell runs, and if the learner stops the cell
// the result reads "stopped at epoch 812/2000", with everything printed so
// far kept. A cell that runs for more than about 200 ms should print as it
// goes and call Progress, so the learner never stares at an empty box.
type Output interface {
	Printf(format string, a ...any)
	Frame(s string)
	Progress(format string, a ...any)
}

// A DivergedError ends a cell whose run diverged: the cell prints what it
// has, then returns Diverged("diverged at step 84: the loss passed 1e12").
// Screens show it as the cell's status in words ("diverged: …"), never as
// "done" and never as a crash; NaN and ±Inf stay off the screen.
type DivergedError struct{ Msg string }

func (e *DivergedError) Error() string { return e.Msg }

// Diverged returns a DivergedError.
func Diverged(format string, a ...any) error {
	return &DivergedError{Msg: fmt.Sprintf(format, a...)}
}

var cellLine = regexp.MustCompile(`(?m)^\{\{cell ([a-z0-9-]+)\}\}[ \t]*$`)

// Segment is a piece of a chapter: prose, or a cell.
type Segment struct {
	Prose string // Markdown, when Cell is nil
	Cell  *Cell
}

// Segments splits the chapter's Markdown at its {{cell ID}} lines. A line
// naming an unknown cell stays in the prose, so Validate can report it.
func (c *Chapter) Segments() []Segment {
	var segs []Segment
	rest := c.Markdown
	for {
		loc := cellLine.FindStringSubmatchIndex(rest)
		if loc == nil {
			break
		}
		cell := c.Cell(rest[loc[2]:loc[3]])
		if cell == nil {
			segs = append(segs, Segment{Prose: rest[:loc[1]]})
			rest = rest[loc[1]:]
			continue
		}
		if pre := rest[:loc[0]]; strings.TrimSpace(pre) != "" {
			segs = append(segs, Segment{Prose: pre})
		}
		segs = append(segs, Segment{Cell: cell})
		rest = rest[loc[1]:]
	}
	if strings.TrimSpace(rest) != "" {
		segs = append(segs, Segment{Prose: rest})
	}
	return segs
}

// Cell finds a cell by ID.
func (c *Chapter) Cell(id string) *Cell {
	for i := range c.Cells {
		if c.Cells[i].ID == id {
			return &c.Cells[i]
		}
	}
	return nil
}

// Validate reports a chapter whose prose and cells disagree: a cell line
// naming no cell, a cell the prose never places, a duplicate ID, a cell
// without source, a param whose default is out of its own range.
func (c *Chapter) Validate() error {
	var problems []string
	placed := map[string]int{}
	for _, m := range cellLine.FindAllStringSubmatch(c.Markdown, -1) {
		placed[m[1]]++
		if c.Cell(m[1]) == nil {
			problems = append(problems, fmt.Sprintf("prose places unknown cell %q", m[1]))
		}
	}
	seen := map[string]bool{}
	for _, cell := range c.Cells {
		if seen[cell.ID] {
			problems = append(problems, fmt.Sprintf("duplicate cell %q", cell.ID))
		}
		seen[cell.ID] = true
		if placed[cell.ID] != 1 {
			problems = append(problems, fmt.Sprintf("cell %q is placed %d times (want once)", cell.ID, placed[cell.ID]))
		}
		if strings.TrimSpace(cell.Source) == "" || cell.Run == nil {
			problems = append(problems, fmt.Sprintf("cell %q has no source or no Run", cell.ID))
		}
		for _, p := range cell.Params {
			if _, _, err := p.Parse(p.DefaultString()); err != nil {
				problems = append(problems, fmt.Sprintf("cell %q: default of %s: %v", cell.ID, p.Name, err))
			}
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("chapter %s: %s", c.Slug, strings.Join(problems, "; "))
	}
	return nil
}
