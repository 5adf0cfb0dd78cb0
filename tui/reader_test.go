package tui

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"descent/chapters"
	"descent/chapters/book"
)

// soloHost runs one screen as a whole program, the way the app would but
// without header and help line, so a screen can be tested on its own. It
// keeps the last frame it drew where a test can read it without racing the
// program.
type soloHost struct {
	s    screen
	last atomic.Value // string
}

func (h *soloHost) Init() tea.Cmd { return h.s.Init() }

// inspectMsg runs a function on the program's goroutine, so a test can
// look inside the screen without a data race.
type inspectMsg func(screen)

func (h *soloHost) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if f, ok := msg.(inspectMsg); ok {
		f(h.s)
		return h, nil
	}
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		h.s.SetSize(ws.Width, ws.Height)
		return h, nil
	}
	next, cmd := h.s.Update(msg)
	if next != nil {
		h.s = next
	}
	return h, cmd
}

func (h *soloHost) View() tea.View {
	v := h.s.View()
	h.last.Store(v)
	return tea.NewView(v)
}

// frame is the last drawn frame.
func (h *soloHost) frame() string {
	s, _ := h.last.Load().(string)
	return s
}

// startSolo runs s at the fixed golden size, 100×30, with the Ascii colour
// profile.
func startSolo(t *testing.T, s screen) (*teatest.TestModel, *soloHost) {
	t.Helper()
	h := &soloHost{s: s}
	tm := teatest.NewTestModel(t, h,
		teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)),
	)
	t.Cleanup(func() {
		_ = tm.Quit()
		tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
		if c, ok := h.s.(closer); ok {
			c.Close()
		}
	})
	return tm, h
}

// waitFrame waits until the drawn frame (as plain text) contains want.
func waitFrame(t *testing.T, h *soloHost, want string, limit time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		f := asciiOnly(h.frame())
		if strings.Contains(ansi.Strip(f), want) {
			return f
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited %s for %q; the screen shows:\n%s", limit, want, f)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// asciiOnly passes a frame through the Ascii colour profile: what a golden
// file holds is the text and layout, never colours.
func asciiOnly(s string) string {
	var b bytes.Buffer
	w := colorprofile.NewWriter(&b, nil)
	w.Profile = colorprofile.Ascii
	_, _ = w.WriteString(s)
	return b.String()
}

// soloGolden compares a frame with testdata/<name>.golden (go test -update
// rewrites it, the flag the golden package defines).
func soloGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the screen:\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

var _ = golden.RequireEqual[string] // the golden package owns the -update flag

// testChapter is a small chapter with one cell that prints, draws a frame
// and takes two knobs.
func testChapter() *book.Chapter {
	return &book.Chapter{
		Number:   9,
		Slug:     "09-test",
		Title:    "A chapter for tests",
		Markdown: "# A chapter for tests\n\nA loss measures how wrong a model is. Run the cell below.\n\n{{cell count}}\n\nThe end of the chapter.\n",
		Cells: []book.Cell{{
			ID:    "count",
			Title: "Counting steps",
			Params: []book.Param{
				{Name: "steps", Doc: "how many", Kind: book.Int, Default: 3, Min: 1, Max: 10},
				{Name: "lr", Doc: "learning rate", Kind: book.Float, Default: 0.1, Min: 0.001, Max: 1, Log: true},
			},
			Source: "func count(steps int, lr float64) {\n\tfor i := 0; i < steps; i++ {\n\t\tfmt.Printf(\"step %d\\n\", i)\n\t}\n}",
			Run: func(ctx context.Context, in book.Inputs, out book.Output) error {
				for i := 0; i < in.Int("steps"); i++ {
					out.Printf("step %d loss %.3f\n", i, 1/(1+in.Float("lr")*float64(i)))
				}
				out.Frame("[curve drawn " + fmt.Sprint(in.Int("steps")) + " points]")
				return nil
			},
		}},
	}
}

func fixedDeps() *deps {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	return &deps{Renders: newRenderCache(), NoColor: true, Now: func() time.Time { return t0 }}
}

func TestReaderRunsACell(t *testing.T) {
	r := newReaderFor(fixedDeps(), testChapter())
	tm, h := startSolo(t, r)
	waitFrame(t, h, "Run the cell below", 10*time.Second)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	got := waitFrame(t, h, "done", 10*time.Second)
	if !strings.Contains(got, "step 2 loss") || !strings.Contains(got, "[curve drawn 3 points]") {
		t.Fatalf("output missing under the cell:\n%s", got)
	}
	soloGolden(t, "reader_cell_run", got)
}

func TestReaderEditsKnobsAndRejectsBadInput(t *testing.T) {
	r := newReaderFor(fixedDeps(), testChapter())
	tm, h := startSolo(t, r)
	waitFrame(t, h, "Run the cell below", 10*time.Second)
	tm.Type("e")
	waitFrame(t, h, "a whole number in [1, 10]", 5*time.Second)
	// Replace steps with 99: out of range, shown inline, nothing runs.
	for i := 0; i < 4; i++ {
		tm.Send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	tm.Type("99")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFrame(t, h, "out of range", 5*time.Second)
	// Fix it to 5 and run.
	tm.Send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	tm.Type("5")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	got := waitFrame(t, h, "[curve drawn 5 points]", 5*time.Second)
	if !strings.Contains(got, "steps = 5") {
		t.Fatalf("the knob did not keep its new value:\n%s", got)
	}
}

func TestReaderStopsARunningCell(t *testing.T) {
	ch := testChapter()
	ch.Cells[0].Run = func(ctx context.Context, in book.Inputs, out book.Output) error {
		out.Printf("waiting for stop\n")
		<-ctx.Done()
		return ctx.Err()
	}
	tm, h := startSolo(t, newReaderFor(fixedDeps(), ch))
	waitFrame(t, h, "Run the cell below", 10*time.Second)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFrame(t, h, "waiting for stop", 5*time.Second)
	tm.Type("x")
	waitFrame(t, h, "stopped", 5*time.Second)
}

func TestReaderSurvivesAPanickingCell(t *testing.T) {
	ch := testChapter()
	ch.Cells[0].Run = func(ctx context.Context, in book.Inputs, out book.Output) error {
		var m map[string]int
		m["boom"]++ // a nil-map write: panics
		return nil
	}
	tm, h := startSolo(t, newReaderFor(fixedDeps(), ch))
	waitFrame(t, h, "Run the cell below", 10*time.Second)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFrame(t, h, "the cell panicked", 5*time.Second)
}

func TestReaderViewIsExactlyItsSize(t *testing.T) {
	r := newReaderFor(fixedDeps(), testChapter())
	for _, sz := range [][2]int{{80, 22}, {100, 28}, {200, 58}, {1, 1}, {0, 0}} {
		r.SetSize(sz[0], sz[1])
		v := r.View()
		if sz[0] == 0 {
			if v != "" {
				t.Errorf("0×0: got %q", v)
			}
			continue
		}
		lines := strings.Split(v, "\n")
		if len(lines) != sz[1] {
			t.Errorf("%v: %d lines", sz, len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w != sz[0] {
				t.Errorf("%v: line %d is %d wide", sz, i, w)
				break
			}
		}
	}
	r.Close()
}

func TestReaderUnknownChapter(t *testing.T) {
	r := newReader(fixedDeps(), "no-such-chapter")
	r.SetSize(80, 20)
	if v := asciiOnly(r.View()); !strings.Contains(v, "unknown chapter") {
		t.Fatalf("want the error on screen, got:\n%s", v)
	}
}

// Every real chapter, in colour, fits the screen exactly at 80 columns,
// the narrowest the app allows, scrolled anywhere (Glamour pads lines;
// sources hold tabs).
func TestReaderRealChaptersFitTheWidth(t *testing.T) {
	for _, ch := range chapters.All() {
		t.Run(ch.Slug, func(t *testing.T) {
			t.Parallel()
			const w = 80
			d := fixedDeps()
			d.NoColor = false
			r := newReaderFor(d, &ch)
			r.SetSize(w, 22)
			r.pending = 0 // render here, synchronously, instead of in SetSize's goroutine
			r.Update(r.renderCmd()())
			r.fullSource = true
			r.rebuild()
			for y := 0; y < r.vp.TotalLineCount(); y += 20 {
				r.vp.SetYOffset(y)
				for i, l := range strings.Split(r.View(), "\n") {
					if got := ansi.StringWidth(l); got != w || strings.HasSuffix(ansi.Strip(l), "…") {
						t.Fatalf("%s at %d, offset %d, line %d: width %d: %q", ch.Slug, w, y, i, got, ansi.Strip(l))
					}
				}
			}
			r.Close()
		})
	}
}

// A frame replaces the one before it while the cell runs; printed text stays.
func TestReaderFramesReplaceEachOther(t *testing.T) {
	next := make(chan struct{})
	ch := testChapter()
	ch.Cells[0].Run = func(ctx context.Context, in book.Inputs, out book.Output) error {
		out.Printf("training\n")
		out.Frame("curve after epoch 1")
		select {
		case <-next:
		case <-ctx.Done():
			return ctx.Err()
		}
		out.Frame("curve after epoch 2")
		return nil
	}
	tm, h := startSolo(t, newReaderFor(fixedDeps(), ch))
	waitFrame(t, h, "Run the cell below", 10*time.Second)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	got := waitFrame(t, h, "curve after epoch 1", 5*time.Second)
	if !strings.Contains(got, "running") {
		t.Fatalf("the first frame should show while the cell runs:\n%s", got)
	}
	close(next)
	got = waitFrame(t, h, "curve after epoch 2", 5*time.Second)
	if strings.Contains(got, "epoch 1") || !strings.Contains(got, "training") {
		t.Fatalf("the second frame should replace the first, after the text:\n%s", got)
	}
}

// While editing, n and p are text, not "next cell".
func TestReaderEditingTypesNAndP(t *testing.T) {
	ch := testChapter()
	ch.Cells[0].Params = append(ch.Cells[0].Params, book.Param{Name: "mode", Kind: book.Choice, Choices: []string{"plain", "nesterov"}, Choice: "plain"})
	tm, h := startSolo(t, newReaderFor(fixedDeps(), ch))
	waitFrame(t, h, "Run the cell below", 10*time.Second)
	tm.Type("e")
	waitFrame(t, h, "one of plain, nesterov", 5*time.Second)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyTab})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyTab})
	for range "plain" {
		tm.Send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	tm.Type("nesterov")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFrame(t, h, "mode = nesterov", 5*time.Second)
}

// The crash of issue 12: R (run all), then e while the first cell runs;
// run-all moves on to the next cell while the knobs stay open, then x and
// enter used to index the wrong cell's (empty) inputs and panic.
func TestReaderRunAllThenEditDoesNotCrash(t *testing.T) {
	release := make(chan struct{})
	ch := testChapter()
	ch.Markdown = "# Two cells\n\nFirst.\n\n{{cell count}}\n\nSecond.\n\n{{cell other}}\n"
	slow := ch.Cells[0]
	slow.Run = func(ctx context.Context, in book.Inputs, out book.Output) error {
		out.Printf("first cell waiting\n")
		select {
		case <-release:
		case <-ctx.Done():
			return ctx.Err()
		}
		out.Printf("first cell steps=%d\n", in.Int("steps"))
		return nil
	}
	other := book.Cell{ID: "other", Title: "The other cell", Source: "func other() {}",
		Params: []book.Param{{Name: "n", Kind: book.Int, Default: 1, Min: 1, Max: 9}},
		Run: func(ctx context.Context, in book.Inputs, out book.Output) error {
			out.Printf("second cell ran\n")
			return nil
		}}
	ch.Cells = []book.Cell{slow, other}
	tm, h := startSolo(t, newReaderFor(fixedDeps(), ch))
	waitFrame(t, h, "First.", 10*time.Second)
	tm.Type("R")
	waitFrame(t, h, "first cell waiting", 5*time.Second)
	tm.Type("e")
	waitFrame(t, h, "a whole number in [1, 10]", 5*time.Second)
	close(release) // run-all moves on to the second cell, knobs still open
	waitFrame(t, h, "second cell ran", 5*time.Second)
	tm.Type("x")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFrame(t, h, "not a finite number", 5*time.Second) // "3x" is refused, inline
	tm.Send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	tm.Type("7")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFrame(t, h, "first cell steps=7", 5*time.Second)
}

// A long cell streams: its progress shows while it runs, and stopping it
// keeps what it printed and says how far it got.
func TestReaderStopKeepsOutputAndSaysWhere(t *testing.T) {
	ch := testChapter()
	ch.Cells[0].Run = func(ctx context.Context, in book.Inputs, out book.Output) error {
		for epoch := 1; ; epoch++ {
			if epoch <= 812 {
				out.Progress("epoch %d/2000", epoch)
			}
			if epoch == 812 {
				out.Printf("loss at epoch 812: 0.25\n")
				<-ctx.Done()
				return ctx.Err()
			}
		}
	}
	tm, h := startSolo(t, newReaderFor(fixedDeps(), ch))
	waitFrame(t, h, "Run the cell below", 10*time.Second)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFrame(t, h, "◌ epoch 812/2000", 5*time.Second)
	tm.Type("x")
	got := waitFrame(t, h, "stopped at epoch 812/2000", 5*time.Second)
	if !strings.Contains(got, "loss at epoch 812: 0.25") {
		t.Fatalf("stopping lost the output:\n%s", got)
	}
}

// A run that diverged is a result in words, never "done".
func TestReaderDivergedIsAStatusNotDone(t *testing.T) {
	ch := testChapter()
	ch.Cells[0].Run = func(ctx context.Context, in book.Inputs, out book.Output) error {
		out.Printf("step 83 loss 9.1e+11\n")
		return book.Diverged("diverged at step 84: the loss passed 1e12")
	}
	tm, h := startSolo(t, newReaderFor(fixedDeps(), ch))
	waitFrame(t, h, "Run the cell below", 10*time.Second)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	got := waitFrame(t, h, "diverged: diverged at step 84", 5*time.Second)
	if strings.Contains(got, "done") || !strings.Contains(got, "step 83 loss") {
		t.Fatalf("want the output kept and a diverged status, not done:\n%s", got)
	}
}

// 0 puts the knobs back to their defaults.
func TestReaderZeroResetsKnobs(t *testing.T) {
	tm, h := startSolo(t, newReaderFor(fixedDeps(), testChapter()))
	waitFrame(t, h, "Run the cell below", 10*time.Second)
	tm.Type("e")
	waitFrame(t, h, "a whole number in [1, 10]", 5*time.Second)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	tm.Type("7")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFrame(t, h, "[curve drawn 7 points]", 5*time.Second)
	tm.Type("0")
	got := waitFrame(t, h, "knobs back to their defaults", 5*time.Second)
	if !strings.Contains(got, "steps = 3 · lr = 0.1") {
		t.Fatalf("the knobs did not go back to 3 and 0.1:\n%s", got)
	}
}
