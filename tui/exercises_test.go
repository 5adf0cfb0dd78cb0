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
			return runner.Result{Exercise: e, Status: runner.Failed, Elapsed: 1200 * time.Millisecond, Tests: 3,
				Failures: []runner.TestFailure{{Test: "TestBCE/confident_and_right",
					Output: "    bce_test.go:21: BCE([0.9], [1]) = 0, want 0.1054\n"}}}
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
	return d
}

func TestExercisesListAndFailingResult(t *testing.T) {
	dir := fakeExercises(t)
	var checks atomic.Int32
	x := newExercisesWith(exercisesDeps(dir), "bce", fakeBackend(&checks))
	tm, h := startSolo(t, x)
	// Progress and the description load in two separate commands: wait for
	// both before taking the golden frame (progress, once shown, stays).
	waitFrame(t, h, "1/25 passed", 5*time.Second)
	list := waitFrame(t, h, "binary cross-entropy.", 5*time.Second)
	soloGolden(t, "exercises_list", padTo(list, dir))

	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	got := waitFrame(t, h, "want 0.1054", 5*time.Second)
	if !strings.Contains(got, "✗ bce: 1 of 3 tests failed") {
		t.Fatalf("no verdict:\n%s", got)
	}
	tm.Type("h")
	got = waitFrame(t, h, "Hint", 5*time.Second)
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
	waitFrame(t, h, "binary cross-entropy.", 5*time.Second)
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
	waitFrame(t, h, "binary cross-entropy.", 5*time.Second)
	tm.Type("w")
	waitFrame(t, h, "watching", 5*time.Second)
	waitFrame(t, h, "want 0.1054", 5*time.Second) // watch checks once at the start
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
	waitFrame(t, h, "Exercise mse: saved.", 5*time.Second)
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
