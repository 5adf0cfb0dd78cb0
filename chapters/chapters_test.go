package chapters

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"descent/chapters/book"
	"descent/cli"
	"descent/runner"
)

func TestEveryChapterValidates(t *testing.T) {
	for i, ch := range All() {
		if ch.Number != i+1 {
			t.Errorf("%s: number %d at position %d", ch.Slug, ch.Number, i+1)
		}
		if err := ch.Validate(); err != nil {
			t.Error(err)
		}
		if len(ch.Cells) < 4 {
			t.Errorf("%s: %d cells, want at least 4", ch.Slug, len(ch.Cells))
		}
	}
}

// TestEveryCellRunsTwiceTheSame runs every cell of every chapter with its
// defaults, twice, and wants byte-identical output: cells are seeded. It
// logs each cell's time (run with -v to see them); cells must stay under
// 5 s, which is kept by making them small rather than by a timed assertion.
func TestEveryCellRunsTwiceTheSame(t *testing.T) {
	for _, ch := range All() {
		for i := range ch.Cells {
			cell := &ch.Cells[i]
			t.Run(ch.Slug+"/"+cell.ID, func(t *testing.T) {
				start := time.Now()
				first, err := book.RunDefault(context.Background(), cell)
				elapsed := time.Since(start)
				if err != nil {
					t.Fatalf("with defaults: %v\n%s", err, first)
				}
				if strings.TrimSpace(first) == "" {
					t.Fatal("printed nothing")
				}
				second, _ := book.RunDefault(context.Background(), cell)
				if first != second {
					t.Errorf("two runs differ:\n--- first\n%s\n--- second\n%s", first, second)
				}
				t.Logf("%v", elapsed.Round(time.Millisecond))
			})
		}
	}
}

// TestCellsStopWhenCanceled: a canceled cell must return, not hang or panic.
func TestCellsStopWhenCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, ch := range All() {
		for i := range ch.Cells {
			if _, err := book.RunDefault(ctx, &ch.Cells[i]); err != nil && !strings.Contains(err.Error(), "canceled") {
				t.Errorf("%s/%s: canceled run: %v", ch.Slug, ch.Cells[i].ID, err)
			}
		}
	}
}

func TestEveryParamDescribesItself(t *testing.T) {
	for _, ch := range All() {
		for _, cell := range ch.Cells {
			if cell.Title == "" {
				t.Errorf("%s/%s has no title", ch.Slug, cell.ID)
			}
			for _, p := range cell.Params {
				if p.Doc == "" {
					t.Errorf("%s/%s: --%s has no doc", ch.Slug, cell.ID, p.Name)
				}
			}
		}
	}
}

// TestChaptersListTheirExercises: the list comes from the exercise catalog
// through the {{exercises}} line, so every exercise of a chapter appears in it.
func TestChaptersListTheirExercises(t *testing.T) {
	for _, ch := range All() {
		links := Exercises(ch.Slug)
		if book.HasExercisesLine(ch.Markdown) {
			t.Errorf("%s: {{exercises}} was not expanded", ch.Slug)
		}
		if len(links) < 4 {
			t.Errorf("%s: %d exercises in the catalog, want at least 4", ch.Slug, len(links))
		}
		for _, l := range links {
			if !strings.Contains(ch.Markdown, cli.Line("check "+l.Name)) {
				t.Errorf("%s: does not list exercise %s (put an {{exercises}} line in chapter.md)", ch.Slug, l.Name)
			}
		}
	}
}

// Every exercise names, as the section that teaches it, a heading of its
// chapter, and its stub's "Read first" line points there too.
func TestExercisesPointAtSectionsThatTeachThem(t *testing.T) {
	for _, ch := range All() {
		headings := map[string]bool{}
		for _, line := range strings.Split(ch.Markdown, "\n") {
			if strings.HasPrefix(line, "#") {
				headings[strings.TrimSpace(strings.TrimLeft(line, "#"))] = true
			}
		}
		for _, e := range runner.ByChapter(ch.Slug) {
			if !headings[e.Section] {
				t.Errorf("%s: exercise %s points at %q, which is not a heading of the chapter", ch.Slug, e.Name, e.Section)
			}
			stub, err := runner.Pristine(e)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(strings.Join(strings.Fields(strings.ReplaceAll(string(stub), "//", "")), " "), strings.Join(strings.Fields(e.Section), " ")) {
				t.Errorf("%s: the stub of %s does not name its section %q", ch.Slug, e.Name, e.Section)
			}
		}
	}
}

func TestFindByNumberAndSlug(t *testing.T) {
	for _, name := range []string{"3", "03", "03-algorithms", "algorithms", " Algorithms "} {
		ch, err := Find(name)
		if err != nil || ch.Number != 3 {
			t.Errorf("Find(%q) = %v, %v", name, ch, err)
		}
	}
	_, err := Find("9")
	if err == nil || !strings.Contains(err.Error(), "01-background") {
		t.Errorf("unknown chapter should list the valid ones: %v", err)
	}
}

func BenchmarkCells(b *testing.B) {
	for _, ch := range All() {
		for i := range ch.Cells {
			cell := &ch.Cells[i]
			b.Run(ch.Slug+"/"+cell.ID, func(b *testing.B) {
				for b.Loop() {
					book.RunDefault(context.Background(), cell)
				}
			})
		}
	}
}

// A number on screen is a claim: no cell may print NaN, ±Inf or a runaway
// number (a dozen digits or more in a row) at any setting a learner can
// choose. This runs every cell at its defaults and at both ends of every
// knob (every choice, both truth values), the others at their defaults. A
// run that diverges must end with book.Diverged, a status in words.
func TestEveryCellIsReadableAtEveryKnobsEnds(t *testing.T) {
	for _, ch := range All() {
		for i := range ch.Cells {
			cell := &ch.Cells[i]
			t.Run(ch.Slug+"/"+cell.ID, func(t *testing.T) {
				t.Parallel()
				for _, setting := range knobEnds(cell.Params) {
					in := book.Defaults(cell.Params)
					label := "defaults"
					if setting[0] != "" {
						var err error
						if in, err = in.With(cell.Params, setting[0], setting[1]); err != nil {
							t.Fatal(err)
						}
						label = "--" + setting[0] + " " + setting[1]
					}
					ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
					out, err := book.RunCell(ctx, cell, in)
					cancel()
					var diverged *book.DivergedError
					var bad *book.InputError
					switch {
					case err == nil, errors.As(err, &diverged), errors.As(err, &bad):
					default:
						t.Errorf("%s: %v", label, err)
					}
					if msg := unreadable(book.StripANSI(out)); msg != "" {
						t.Errorf("%s: %s in:\n%s", label, msg, out)
					}
				}
			})
		}
	}
}

// knobEnds lists {name, value} settings: the defaults ({"", ""}), then each
// param's extremes.
func knobEnds(params []book.Param) [][2]string {
	out := [][2]string{{"", ""}}
	for _, p := range params {
		switch p.Kind {
		case book.Choice:
			for _, c := range p.Choices {
				out = append(out, [2]string{p.Name, c})
			}
		case book.Bool:
			out = append(out, [2]string{p.Name, "true"}, [2]string{p.Name, "false"})
		case book.Int:
			out = append(out, [2]string{p.Name, strconv.Itoa(int(p.Min))}, [2]string{p.Name, strconv.Itoa(int(p.Max))})
		default:
			out = append(out, [2]string{p.Name, strconv.FormatFloat(p.Min, 'g', -1, 64)}, [2]string{p.Name, strconv.FormatFloat(p.Max, 'g', -1, 64)})
		}
	}
	return out
}

var (
	notFinite = regexp.MustCompile(`(?i)\b(nan|[+-]?inf(inity)?)\b`)
	runaway   = regexp.MustCompile(`\d{13,}`)
)

// unreadable says what in a cell's output a learner should never see.
func unreadable(out string) string {
	if m := notFinite.FindString(out); m != "" {
		return fmt.Sprintf("%q printed", m)
	}
	if m := runaway.FindString(out); m != "" {
		return fmt.Sprintf("a runaway number (%s…) printed", m[:13])
	}
	return ""
}
