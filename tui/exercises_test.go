package tui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"descent/runner"
)

// fakeExercises is a temporary exercises directory with one chapter-1 file
// whose header the screen shows, and every chapter directory the watcher
// expects.
func fakeExercises(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, slug := range []string{"ch01", "ch02", "ch03", "ch04", "ch05", "ch06"} {
		if err := os.MkdirAll(filepath.Join(dir, slug), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	src := "// Exercise bce: binary cross-entropy.\n//\n// Return the mean of −[y·log p + (1−y)·log(1−p)].\n//\n// Check it with: descent check bce\npackage ch01\n"
	if err := os.WriteFile(filepath.Join(dir, "ch01", "bce.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// fakeBackend answers checks with a fixed failing result and counts them.
func fakeBackend(checks *atomic.Int32) exerciseBackend {
	return exerciseBackend{
		check: func(ctx context.Context, dir, name string) runner.Result {
			checks.Add(1)
			e, _ := runner.Find(name)
			next := "        next: clamp p into [ε, 1 − ε] before taking a log, and average the per-sample losses over the batch rather than summing them.\n"
			return runner.Result{Exercise: e, Status: runner.Failed, Elapsed: 1200 * time.Millisecond, Tests: 3,
				Failures: []runner.TestFailure{
					{Test: "TestBCE", Output: "    bce_test.go:21: BCE([0.9], [1])\n        expected 0.1054\n        got      0\n" + next +
						"    bce_test.go:21: BCE([0.2 0.7], [0 1])\n        expected 0.2899\n        got      0\n" + next},
					{Test: "TestBCEStaysFinite", Output: "    bce_test.go:40: BCE([0 1], [1 0])\n        expected a finite number\n        got      +Inf\n" + next},
				}}
		},
		describe: func(e runner.Exercise) string {
			return "Exercise " + e.Name + ": the task, as its stub states it.\n\nThe math, in Unicode: θ ← θ − η·g.\n\nCheck it with: go run . check " + e.Name
		},
		loadState: func(string) (runner.State, error) {
			return runner.State{Passed: map[string]bool{"mse": true}}, nil
		},
		saveState: func(string, runner.State) error { return nil },
		reset: func(dir string, e runner.Exercise, now time.Time) (string, error) {
			return filepath.Join(dir, e.File+".20260101-000000.bak"), nil
		},
	}
}

func exercisesDeps(dir string) *deps {
	d := fixedDeps()
	d.ExercisesDir = dir
	d.catalog = testCatalog
	return d
}

// testCatalog is five real exercises with fixed summaries and hints, so
// the screens' goldens do not change each time the catalog grows.
func testCatalog() []runner.Exercise {
	var out []runner.Exercise
	for _, n := range []string{"mse", "bce", "gd_step", "momentum", "adam"} {
		e, err := runner.Find(n)
		if err != nil {
			panic(err)
		}
		e.Summary = "the " + n + " exercise"
		e.Hints = []string{"a nudge for " + n, "closer to the code for " + n}
		out = append(out, e)
	}
	return out
}

func TestExercisesListAndFailingResult(t *testing.T) {
	dir := fakeExercises(t)
	var checks atomic.Int32
	x := newExercisesWith(exercisesDeps(dir), "bce", fakeBackend(&checks))
	tm, h := startSolo(t, x)
	// Progress and the description load in two separate commands: wait for
	// both before taking the golden frame (progress, once shown, stays).
	waitFrame(t, h, "1/5 passed", 5*time.Second)
	list := waitFrame(t, h, "Exercise bce:", 5*time.Second)
	soloGolden(t, "exercises_list", padTo(list, dir))

	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	got := waitFrame(t, h, "expected 0.1054", 5*time.Second)
	if !strings.Contains(got, "✗ bce: 2 of 3 tests failed") {
		t.Fatalf("no verdict:\n%s", got)
	}
	tm.Type("h")
	got = waitFrame(t, h, "Hint 1/", 5*time.Second)
	soloGolden(t, "exercises_failing", padTo(got, dir))
}

// padTo makes a frame independent of the temporary directory's name: the
// path becomes $DIR and trailing blanks go, since the padding after the
// path changed length with it.
func padTo(frame, dir string) string {
	lines := strings.Split(strings.ReplaceAll(frame, dir, "$DIR"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

func TestExercisesResetAsksFirst(t *testing.T) {
	dir := fakeExercises(t)
	var checks atomic.Int32
	tm, h := startSolo(t, newExercisesWith(exercisesDeps(dir), "bce", fakeBackend(&checks)))
	waitFrame(t, h, "Exercise bce:", 5*time.Second)
	tm.Type("r")
	waitFrame(t, h, "Reset ch01/bce.go to the stub?", 5*time.Second)
	tm.Type("n")
	waitFrame(t, h, "reset canceled", 5*time.Second)
	tm.Type("r")
	waitFrame(t, h, "(y/n)", 5*time.Second)
	tm.Type("y")
	waitFrame(t, h, "your version is kept in bce.go.20260101-000000.bak", 5*time.Second)
}

func TestExercisesWatchRechecksOnSave(t *testing.T) {
	dir := fakeExercises(t)
	var checks atomic.Int32
	tm, h := startSolo(t, newExercisesWith(exercisesDeps(dir), "bce", fakeBackend(&checks)))
	waitFrame(t, h, "Exercise bce:", 5*time.Second)
	tm.Type("w")
	waitFrame(t, h, "watching", 5*time.Second)
	waitFrame(t, h, "expected 0.1054", 5*time.Second) // watch checks once at the start
	before := checks.Load()
	// Save another exercise: the screen follows it and checks it.
	if err := os.WriteFile(filepath.Join(dir, "ch01", "mse.go"), []byte("// Exercise mse: saved.\npackage ch01\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for checks.Load() == before {
		if time.Now().After(deadline) {
			t.Fatal("a save did not trigger a check")
		}
		time.Sleep(10 * time.Millisecond)
	}
	waitFrame(t, h, "✗ mse: 2 of 3 tests failed", 5*time.Second)
}

func TestExercisesViewIsExactlyItsSize(t *testing.T) {
	var checks atomic.Int32
	x := newExercisesWith(exercisesDeps(t.TempDir()), "", fakeBackend(&checks))
	for _, sz := range [][2]int{{80, 22}, {100, 28}, {200, 58}, {3, 2}} {
		x.SetSize(sz[0], sz[1])
		lines := strings.Split(x.View(), "\n")
		if len(lines) != sz[1] {
			t.Errorf("%v: %d lines", sz, len(lines))
		}
	}
	x.Close()
}

func TestReflowJoinsProseAndKeepsFormulas(t *testing.T) {
	got := reflow([]string{"Adam combines momentum", "with RMSprop.", "", "    m ← β₁·m + (1 − β₁)·g", "    v ← β₂·v", "Then step."})
	want := "Adam combines momentum with RMSprop.\n\n    m ← β₁·m + (1 − β₁)·g\n    v ← β₂·v\nThen step."
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// The description is the stub's header as shipped: a learner who deletes
// the header comment of their file still sees the task.
func TestExercisesDescriptionComesFromTheShippedStub(t *testing.T) {
	dir := fakeExercises(t)
	if err := os.WriteFile(filepath.Join(dir, "ch01", "bce.go"), []byte("package ch01\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e, _ := runner.Find("bce")
	stub, err := runner.Pristine(e)
	if err != nil {
		t.Fatal(err)
	}
	firstLine := strings.TrimPrefix(strings.SplitN(string(stub), "\n", 2)[0], "// ")
	var checks atomic.Int32
	b := fakeBackend(&checks)
	b.describe = nil // the real one: the shipped stub's header
	_, h := startSolo(t, newExercisesWith(exercisesDeps(dir), "bce", b))
	waitFrame(t, h, firstLine[:30], 5*time.Second)
}

// At 80×24, after a failing check, the verdict is on screen above the
// fold: the headline, the first case with expected and got, one next:
// line (not one per failing case), wrapped lines indented; the footer
// fits, with esc back and ? for the rest.
func TestExercisesVerdictFirstAt80x24(t *testing.T) {
	dir := fakeExercises(t)
	var checks atomic.Int32
	b := fakeBackend(&checks)
	o := testOptions(t)
	o.ExercisesDir = dir
	o.backend = &b
	o.catalog = testCatalog
	tm, h := startApp(t, o, 80, 24)
	waitApp(t, h, "home", contains("Exercises"))
	press(tm, "G", "enter")
	waitApp(t, h, "exercises", contains("passed"))
	waitApp(t, h, "bce selected", contains("Exercises · bce"))
	press(tm, "enter")
	f := waitApp(t, h, "the verdict", contains("expected 0.1054"))
	checkFrame(t, f, 80, 24)
	lines := strings.Split(f, "\n")
	for _, want := range []string{"✗ bce: 2 of 3 tests failed · 1.2s", "TestBCE: BCE([0.9], [1])", "got      0", "next: clamp p"} {
		at := -1
		for i, l := range lines {
			if strings.Contains(l, want) {
				at = i
				break
			}
		}
		if at < 0 || at > 8 {
			t.Errorf("%q should be in the first lines of the pane (line %d):\n%s", want, at, f)
		}
	}
	if n := strings.Count(f, "next: clamp p"); n != 1 {
		t.Errorf("the same next: line shows %d times:\n%s", n, f)
	}
	footer := lines[len(lines)-1]
	for _, want := range []string{"esc back", "? all keys", "enter/c check"} {
		if !strings.Contains(footer, want) {
			t.Errorf("the footer lacks %q: %q", want, footer)
		}
	}
	// A wrapped line starts under its own text, never at the pane's edge.
	for _, l := range lines {
		_, right, ok := strings.Cut(l, "│")
		if s := strings.TrimSpace(right); ok && (strings.HasPrefix(s, "average the") || strings.HasPrefix(s, "and average")) && !strings.HasPrefix(right, "      ") {
			t.Errorf("a wrapped next: line starts at the edge: %q", l)
		}
	}
	golden.RequireEqual(t, padTo(f, dir))
}
