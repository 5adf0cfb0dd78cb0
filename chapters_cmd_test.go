package main

import (
	"strings"
	"testing"
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
		{[]string{"run", "2", "gd-by-hand", "--lr", "fast"}, "--lr \"fast\": not a finite number"},
		{[]string{"run", "2", "gd-by-hand", "--lr", "9"}, "--lr 9: out of range"},
		{[]string{"run", "2", "gd-by-hand", "--lr", "NaN"}, "not a finite number"},
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
