package main

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"descent/chapters/book"
)

func TestChaptersListsCellsAndParams(t *testing.T) {
	out, errOut, code := runInProcess("chapters")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"01-background", "03-algorithms", "gd-stability", "--kappa", "06-faq"} {
		if !strings.Contains(out, want) {
			t.Errorf("chapters output lacks %q", want)
		}
	}
	one, _, code := runInProcess("chapters", "2")
	if code != 0 || strings.Contains(one, "03-algorithms") || !strings.Contains(one, "learning-rate-sweep") {
		t.Errorf("chapters 2 should list only chapter 2 (exit %d):\n%s", code, one)
	}
}

func TestReadPrintsPlainMarkdownWhenPiped(t *testing.T) {
	out, errOut, code := runInProcess("read", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "# Background") || !strings.Contains(out, "```go\n") ||
		!strings.Contains(out, "▶ descent run 01-background rank-lines") || strings.Contains(out, "\x1b") {
		t.Errorf("plain read should be Markdown with run hints and no escapes:\n%.600s", out)
	}
	if strings.Contains(out, "\n{{cell ") || strings.Contains(out, "\n{{exercises}}") {
		t.Error("placeholders ({{cell …}}, {{exercises}}) must not reach the reader")
	}
	ran, _, code := runInProcess("read", "--run", "01-background")
	if code != 0 || !strings.Contains(ran, "```text\n") || strings.Contains(ran, "▶ descent run") {
		t.Errorf("read --run should put outputs under the cells (exit %d)", code)
	}
	// Flags may come after the chapter too.
	if _, _, code := runInProcess("read", "1", "--plain", "--width", "60"); code != 0 {
		t.Errorf("read 1 --plain --width 60: exit %d", code)
	}
}

func TestRunPrintsTheCellsOutput(t *testing.T) {
	out, errOut, code := runInProcess("run", "2", "gd-by-hand", "--lr", "0.25", "--steps=2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "η = 0.25") || !strings.Contains(out, "1.5000") {
		t.Errorf("params not applied:\n%s", out)
	}
	// A negative number is a value, not a flag.
	if _, errOut, code := runInProcess("run", "2", "gd-by-hand", "--start", "-2"); code != 0 {
		t.Errorf("--start -2: exit %d: %s", code, errOut)
	}
	// Curves are coloured for terminals; a pipe gets plain text.
	out, _, _ = runInProcess("run", "2", "how-they-connect")
	if strings.Contains(out, "\x1b") {
		t.Error("headless output must not contain escape codes")
	}
}

func TestChapterCommandsBadInput(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"read"}, "want one chapter"},
		{[]string{"read", "9"}, "valid: a number 1–6 or 01-background"},
		{[]string{"read", "1", "--width", "5"}, "--width 5: must be between"},
		{[]string{"read", "1", "--width", "0"}, "--width 0: must be between"},
		{[]string{"read", "1", "--style", "neon"}, "--style \"neon\""},
		{[]string{"read", "1", "--bogus"}, "unknown flag --bogus"},
		{[]string{"chapters", "zzz"}, "unknown chapter \"zzz\""},
		{[]string{"run"}, "want a chapter and a cell"},
		{[]string{"run", "nope", "x"}, "unknown chapter \"nope\""},
		{[]string{"run", "1"}, "which cell of 01-background? (valid: 1 rank-lines, 2 "},
		{[]string{"run", "1", "zzz"}, "no cell \"zzz\" (valid: 1 rank-lines, 2 "},
		{[]string{"run", "1", "99"}, "chapter 01-background has no cell 99 (valid: 1 rank-lines, 2 "},
		{[]string{"run", "1", "0"}, "has no cell 0 (valid: 1 rank-lines"},
		{[]string{"run", "2", "gd-by-hand", "--plot", "x.gif"}, "--plot x.gif: cannot draw a .gif file; a picture file must end in .png or .svg"},
		{[]string{"run", "2", "gd-by-hand", "--plot", ""}, "--plot needs a file name"},
		{[]string{"run", "2", "gd-by-hand", "--plot", "/nonexistent-dir/x.png"}, "--plot /nonexistent-dir/x.png: directory /nonexistent-dir does not exist"},
		{[]string{"run", "1", "rank-lines", "extra"}, "got 3 arguments"},
		{[]string{"run", "2", "gd-by-hand", "--eta", "0.1"}, "unknown parameter --eta (this cell takes --lr, --steps, --start)"},
		{[]string{"run", "2", "gd-by-hand", "--lr", "fast"}, "--lr \"fast\": not a number; must be a number in [0.0001, 2]"},
		{[]string{"run", "2", "gd-by-hand", "--lr", "9"}, "--lr 9: out of range"},
		{[]string{"run", "2", "gd-by-hand", "--lr", "NaN"}, "not a finite number"},
		{[]string{"run", "2", "gd-by-hand", "--lr", "1e400"}, `--lr "1e400": out of range (beyond ±1.8e308, the largest float64); must be a number in`},
		{[]string{"run", "2", "gd-by-hand", "--lr", "1_0"}, `--lr "1_0": not a number (write the digits without _ separators)`},
		{[]string{"run", "2", "gd-by-hand", "--steps", "2.5"}, "whole number"},
		{[]string{"run", "2", "gd-by-hand", "--lr"}, "--lr needs a value"},
		{[]string{"run", "3", "initialization", "--activation", "sigmoid"}, "must be one of relu, tanh"},
		{[]string{"run", "3", "schedules", "--warmup", "200", "--total", "100"}, "--warmup 200 must be less than --total 100"},
	}
	for _, c := range cases {
		out, errOut, code := runInProcess(c.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (stdout %q)", c.args, code, out)
		}
		if !strings.Contains(errOut, c.want) {
			t.Errorf("%v: stderr %q, want it to contain %q", c.args, errOut, c.want)
		}
		if strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("%v: want one line on stderr, got %q", c.args, errOut)
		}
	}
}

func TestRunHelpListsParams(t *testing.T) {
	out, _, code := runInProcess("run", "3", "momentum-polyak", "--help")
	if code != 0 || !strings.Contains(out, "--kappa") || !strings.Contains(out, "default 100") {
		t.Errorf("run … --help (exit %d):\n%s", code, out)
	}
}

func TestHeadlessOutputKeepsOnlyTheLastFrame(t *testing.T) {
	var b strings.Builder
	o := &headlessOutput{w: &b}
	o.Printf("text\n")
	o.Frame("frame 1")
	o.Frame("frame 2")
	o.finish()
	if got := b.String(); got != "text\nframe 2\n" {
		t.Errorf("got %q", got)
	}
}

func TestLiveOutputRedrawsInPlace(t *testing.T) {
	var b strings.Builder
	o := &liveOutput{w: &b}
	o.Frame("a\nb\n")
	o.Frame("c\n")
	o.Printf("note\n")
	o.finish()
	want := "a\nb\n" + "\x1b[2A\r\x1b[J" + "c\n" + "\x1b[1A\r\x1b[J" + "note\n" + "c\n"
	if got := b.String(); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestScreenLinesCountsWrappedLines(t *testing.T) {
	if got := screenLines("ab\n\x1b[31mcdef\x1b[0m\n", 3); got != 3 {
		t.Errorf("got %d, want 3 (one line, and one of 4 columns wrapped at 3)", got)
	}
	if got := screenLines("a\nb\n", 0); got != 2 {
		t.Errorf("got %d, want 2", got)
	}
}

// A cell can be named by the number the workbook shows, [3].
func TestRunTakesCellNumbers(t *testing.T) {
	byNumber, stderr, code := runInProcess("run", "1", "3", "--steps", "20")
	if code != 0 {
		t.Fatalf("run 1 3: exit %d: %s", code, stderr)
	}
	byID, _, _ := runInProcess("run", "1", "descend-a-line", "--steps", "20")
	if byNumber != byID {
		t.Error("run 1 3 and run 1 descend-a-line differ")
	}
	list, _, _ := runInProcess("chapters", "1")
	if !strings.Contains(list, "[3]  descend-a-line") {
		t.Errorf("chapters 1 should number the cells as the workbook does:\n%s", list)
	}
	help, _, _ := runInProcess("run", "1", "3", "--help")
	if !strings.Contains(help, "(or: go run . run 1 3 …)") || !strings.Contains(help, "--plot") {
		t.Errorf("run 1 3 --help:\n%s", help)
	}
}

// testChapter has a cell for each way a cell can end with --plot.
func testChapter() *book.Chapter {
	rosen := func(x, y float64) float64 { return (1-x)*(1-x) + 100*(y-x*x)*(y-x*x) }
	curves := func(ctx context.Context, in book.Inputs, out book.Output) error {
		book.PrintCurves(out, []book.Series{{Name: "loss", Values: []float64{10, 3, 1, 0.3}}, {Name: "runaway", Values: []float64{math.NaN()}}},
			book.CurveOptions{LogY: true, Caption: "f − f* per step (log scale)"})
		return nil
	}
	paths := func(ctx context.Context, in book.Inputs, out book.Output) error {
		book.PrintPaths(out, []book.Path{{Name: "sgd", X: []float64{-1.2, -1, -0.5, 0.5}, Y: []float64{1, 0.9, 0.3, 0.2}}},
			book.PathOptions{XMin: -2, XMax: 2, YMin: -1, YMax: 3, Level: rosen, Mark: &[2]float64{1, 1}})
		return nil
	}
	quiet := func(ctx context.Context, in book.Inputs, out book.Output) error {
		out.Printf("no chart here\n")
		return nil
	}
	diverges := func(ctx context.Context, in book.Inputs, out book.Output) error {
		book.PrintCurves(out, []book.Series{{Name: "loss", Values: []float64{1, 10, 1e6}}}, book.CurveOptions{})
		return book.Diverged("diverged at step 3: the loss passed 1e12")
	}
	return &book.Chapter{
		Number:   9,
		Slug:     "09-test",
		Markdown: "{{cell curves}}\n{{cell paths}}\n{{cell quiet}}\n{{cell diverges}}\n",
		Cells: []book.Cell{
			{ID: "quiet", Title: "Quiet", Run: quiet, Source: "out.Printf(…)"},
			{ID: "curves", Title: "Curves", Run: curves, Source: "book.PrintCurves(out, …)", Params: []book.Param{{Name: "lr", Kind: book.Float, Default: 0.1, Min: 0, Max: 1}}},
			{ID: "paths", Title: "Paths", Run: paths, Source: "book.PrintPaths(out, …)"},
			{ID: "diverges", Title: "Diverges", Run: diverges, Source: "book.PrintCurves(out, …)"},
		},
	}
}

func execInProcess(ch *book.Chapter, id, plot string) (stdout, stderr string, code int) {
	var out, errb bytes.Buffer
	cell, number, err := findCell(ch, id)
	if err != nil {
		return "", err.Error(), -1
	}
	code = execCell(&cmdEnv{stdin: &bytes.Buffer{}, stdout: &out, stderr: &errb}, ch, cell, number, book.Defaults(cell.Params), plot)
	return out.String(), errb.String(), code
}

// --plot draws the cell's last chart; a cell with none is told apart.
func TestRunPlot(t *testing.T) {
	ch := testChapter()
	dir := t.TempDir()
	for _, id := range []string{"curves", "1", "paths"} {
		for _, ext := range []string{".png", ".svg"} {
			path := filepath.Join(dir, id+ext)
			_, stderr, code := execInProcess(ch, id, path)
			if code != 0 || stderr != "" {
				t.Fatalf("%s%s: exit %d: %s", id, ext, code, stderr)
			}
			checkPicture(t, path, 1600, 900)
		}
	}
	if svg, _ := os.ReadFile(filepath.Join(dir, "curves.svg")); !strings.Contains(string(svg), "09-test [1] Curves (lr=0.1)") ||
		!strings.Contains(string(svg), "runaway: no positive values") {
		t.Error("the picture's title lacks the cell and its inputs, or the legend the dropped series")
	}
	_, stderr, code := execInProcess(ch, "quiet", filepath.Join(dir, "quiet.png"))
	if code != 2 || stderr != "descent: run: --plot: cell [3] quiet draws no chart (cells of 09-test that do: 1 curves, 2 paths, 4 diverges)\n" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "quiet.png")); err == nil {
		t.Error("a picture was written for a cell with no chart")
	}
}

// A cell whose run diverged ends with a status line and exit code 3, and
// its chart is still drawn.
func TestRunReportsDivergence(t *testing.T) {
	ch := testChapter()
	path := filepath.Join(t.TempDir(), "d.png")
	stdout, stderr, code := execInProcess(ch, "diverges", path)
	if code != 3 || stderr != "" || !strings.HasSuffix(stdout, "\nStopped: diverged at step 3: the loss passed 1e12\n") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	checkPicture(t, path, 1600, 900)
	if _, _, code := execInProcess(ch, "diverges", ""); code != 3 {
		t.Errorf("without --plot: exit %d, want 3", code)
	}
}

func TestAxisLabelsFromCaption(t *testing.T) {
	for caption, want := range map[string][2]string{
		"f − f* per step (log scale)": {"step", "f − f*"},
		"log loss per epoch":          {"epoch", "log loss"},
		"epoch loss from four starts": {"index", "value"},
		"":                            {"index", "value"},
	} {
		if x, y := axisLabels(caption); x != want[0] || y != want[1] {
			t.Errorf("%q: %q, %q; want %q, %q", caption, x, y, want[0], want[1])
		}
	}
}
