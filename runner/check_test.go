package runner

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Each test here edits a temporary copy of the exercises module the way a
// learner might and checks it for real: go builds it, the wrapper runs it.

func TestCheckPassesTheAnswer(t *testing.T) {
	dir := copyExercises(t)
	e := mustFind(t, "mse")
	answer, _ := Answer(e)
	writeExercise(t, dir, e, string(answer))
	r := Check(context.Background(), dir, "mse")
	if r.Status != Passed || !r.OK() {
		t.Fatalf("checking the answer to mse: %s\n%s", r.Summary(), r.Report())
	}
}

func TestCheckReportsFailingTestsWithTheirMessages(t *testing.T) {
	dir := copyExercises(t)
	r := Check(context.Background(), dir, "mse")
	if r.Status != Failed || len(r.Failures) != 2 || r.Tests != 2 {
		t.Fatalf("checking the mse stub: %s, %d of %d failing; want failed, 2 of 2", r.Status, len(r.Failures), r.Tests)
	}
	rep := r.Report()
	for _, want := range []string{"2 of 2 tests failed", "TestMSE", "expected 1.33333", "got      0", "next:"} {
		if !strings.Contains(rep, want) {
			t.Errorf("report lacks %q:\n%s", want, rep)
		}
	}
	if strings.Contains(rep, "=== RUN") || strings.Contains(rep, "--- FAIL") || strings.Contains(rep, "printed") {
		t.Errorf("report shows go test's bookkeeping:\n%s", rep)
	}
}

func TestCheckReportsACompileErrorWithFileAndLine(t *testing.T) {
	dir := copyExercises(t)
	writeExercise(t, dir, mustFind(t, "mse"), `package ch01

func MSE(pred, target []float64) float64 {
	return undefinedThing
}

func MSEGrad(pred, target []float64) []float64 { return nil }
`)
	r := Check(context.Background(), dir, "mse")
	if r.Status != CompileError || len(r.Diagnostics) == 0 {
		t.Fatalf("got %s with %d diagnostics, want a compile error:\n%s", r.Status, len(r.Diagnostics), r.Report())
	}
	d := r.Diagnostics[0]
	if !strings.HasSuffix(d.File, "mse.go") || d.Line != 4 || !strings.Contains(d.Message, "undefined: undefinedThing") {
		t.Errorf("diagnostic = %+v; want mse.go line 4, undefined: undefinedThing", d)
	}
	if !strings.Contains(r.Summary(), "mse.go:4") {
		t.Errorf("summary should name the place: %s", r.Summary())
	}
}

// A broken exercise must not stop its chapter's other exercises from being
// checked: a check builds one exercise with the shipped tests, never its
// siblings.
func TestCheckIsolatesAnExerciseFromABrokenSibling(t *testing.T) {
	dir := copyExercises(t)
	mse := mustFind(t, "mse")
	answer, _ := Answer(mse)
	writeExercise(t, dir, mse, string(answer))
	writeExercise(t, dir, mustFind(t, "bce"), "package ch01\n\nfunc BCE( {\n") // half-typed
	c := &Checker{Dir: dir}
	if r := c.Check(context.Background(), "mse"); r.Status != Passed {
		t.Errorf("mse beside a broken bce: %s\n%s", r.Summary(), r.Report())
	}
	results := c.CheckAll(context.Background(), ByChapter("01-background")...)
	want := map[string]Status{"mse": Passed, "bce": CompileError}
	for _, e := range ByChapter("01-background") {
		if _, ok := want[e.Name]; !ok {
			want[e.Name] = Failed // every other exercise is a stub
		}
	}
	for _, r := range results {
		if r.Status != want[r.Exercise.Name] {
			t.Errorf("CheckAll with a broken bce: %s; want %s", r.Summary(), want[r.Exercise.Name])
		}
	}
	// The learner's files are untouched by a check.
	if got, _ := os.ReadFile(filepath.Join(dir, "ch01", "bce.go")); string(got) != "package ch01\n\nfunc BCE( {\n" {
		t.Errorf("checking changed the learner's bce.go: %q", got)
	}
}

func TestCheckReportsAPanicAtTheLearnersLine(t *testing.T) {
	dir := copyExercises(t)
	writeExercise(t, dir, mustFind(t, "mse"), `package ch01

func MSE(pred, target []float64) float64 {
	return pred[len(pred)+1]
}

func MSEGrad(pred, target []float64) []float64 { return nil }
`)
	r := Check(context.Background(), dir, "mse")
	if r.Status != Panicked {
		t.Fatalf("got %s, want panicked:\n%s", r.Status, r.Report())
	}
	if r.Test != "TestMSE" || !strings.Contains(r.Panic, "index out of range") {
		t.Errorf("panic in %q: %q; want TestMSE, index out of range", r.Test, r.Panic)
	}
	if r.Frame == nil || !strings.HasSuffix(filepath.ToSlash(r.Frame.File), "ch01/mse.go") || r.Frame.Line != 4 {
		t.Errorf("frame = %+v; want ch01/mse.go:4", r.Frame)
	}
	if !strings.Contains(r.Report(), "ch01/mse.go:4") {
		t.Errorf("report should point at ch01/mse.go:4:\n%s", r.Report())
	}
}

// A test the learner's code never sees: deleting, renaming or breaking the
// test file or the shared helpers changes nothing, because a check builds
// the tests as shipped.
func TestCheckUsesTheShippedTestsWhateverTheLearnerDidToThem(t *testing.T) {
	cases := map[string]func(dir string){
		"tests deleted": func(dir string) { os.Remove(filepath.Join(dir, "ch01", "mse_test.go")) },
		"tests broken": func(dir string) {
			os.WriteFile(filepath.Join(dir, "ch01", "mse_test.go"), []byte("package ch01\n\nfunc TestMSE( {"), 0o644)
		},
		"go.mod broken": func(dir string) {
			os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module nonsense\n\nrequire x v1\n"), 0o644)
		},
		"helpers gone": func(dir string) { os.RemoveAll(filepath.Join(dir, "internal")) },
	}
	for name, spoil := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := copyExercises(t)
			e := mustFind(t, "mse")
			answer, _ := Answer(e)
			writeExercise(t, dir, e, string(answer))
			spoil(dir)
			if r := Check(context.Background(), dir, "mse"); r.Status != Passed {
				t.Errorf("with %s, the answer should still pass: %s\n%s", name, r.Summary(), r.Report())
			}
		})
	}
}

func TestCheckMissingFileSaysHowToRestoreIt(t *testing.T) {
	dir := copyExercises(t)
	os.Remove(filepath.Join(dir, "ch01", "mse.go"))
	r := Check(context.Background(), dir, "mse")
	if r.Status != RunError || !strings.Contains(r.Err.Error(), "go run . reset mse") {
		t.Errorf("got %s: %v; want a RunError naming `go run . reset mse`", r.Status, r.Err)
	}
}

func TestCheckExplainsWhenTheTestsCannotCallTheSolution(t *testing.T) {
	dir := copyExercises(t)
	writeExercise(t, dir, mustFind(t, "mse"), "package ch01\n\nfunc MeanSquaredError(p, y []float64) float64 { return 0 }\n")
	r := Check(context.Background(), dir, "mse")
	if r.Status != CompileError {
		t.Fatalf("got %s, want a compile error:\n%s", r.Status, r.Report())
	}
	rep := r.Report()
	for _, want := range []string{"ch01/mse_test.go", "undefined: MSE", "keep the names and signatures of ch01/mse.go"} {
		if !strings.Contains(rep, want) {
			t.Errorf("report lacks %q:\n%s", want, rep)
		}
	}
	if strings.Contains(rep, "checkTest") || strings.Contains(rep, "descent-check-") {
		t.Errorf("the report shows the checker's plumbing:\n%s", rep)
	}
}

func TestCheckWithoutGoSaysSo(t *testing.T) {
	dir := copyExercises(t)
	t.Setenv("PATH", t.TempDir()) // a PATH with no go in it
	r := (&Checker{Dir: dir, Go: "go-not-installed-here"}).Check(context.Background(), "mse")
	if r.Status != RunError || !errors.Is(r.Err, errNoGo) {
		t.Fatalf("got %s (%v), want a RunError saying go is missing", r.Status, r.Err)
	}
	if !strings.Contains(r.Report(), "go command was not found") {
		t.Errorf("report: %s", r.Report())
	}
}

func TestCheckUnknownNameListsTheValidOnes(t *testing.T) {
	r := Check(context.Background(), copyExercises(t), "msr")
	if r.Status != RunError || !strings.Contains(r.Err.Error(), `"mse"`) {
		t.Errorf("Check(msr) = %s: %v; want a suggestion of mse", r.Status, r.Err)
	}
}

func TestCheckCanBeCanceled(t *testing.T) {
	dir := copyExercises(t)
	writeExercise(t, dir, mustFind(t, "mse"), "package ch01\n\nfunc MSE(p, y []float64) float64 { for {} }\n\nfunc MSEGrad(p, y []float64) []float64 { return nil }\n")
	c := &Checker{Dir: dir, Timeout: time.Minute}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan Result)
	go func() { done <- c.Check(ctx, "mse") }()
	time.AfterFunc(2*time.Second, cancel) // after the build, while the loop runs
	select {
	case r := <-done:
		if r.Status != RunError || !strings.Contains(r.Err.Error(), "canceled") {
			t.Errorf("a canceled check says %s: %v", r.Status, r.Err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("a canceled check did not return")
	}
}

func TestRunnerLimitsTheBuild(t *testing.T) {
	dir := copyExercises(t)
	slowGo := filepath.Join(t.TempDir(), "go")
	os.WriteFile(slowGo, []byte("#!/bin/sh\nexec sleep 300\n"), 0o755)
	c := &Checker{Dir: dir, Go: slowGo, BuildTimeout: 300 * time.Millisecond}
	start := time.Now()
	r := c.CheckSource(context.Background(), mustFind(t, "mse"), []byte("package ch01\n"))
	if r.Status != RunError || !strings.Contains(r.Err.Error(), "compiling took longer") {
		t.Fatalf("got %s (%v), want a RunError about the build time-out", r.Status, r.Err)
	}
	if time.Since(start) > 10*time.Second {
		t.Errorf("the build time-out took %s", time.Since(start))
	}
}

// A shipped test that reports with t.Errorf (not through the harness) still
// shows its words: the harness decides that it failed, the output says why.
func TestFailureTextFromTheTestFrameworksOutput(t *testing.T) {
	out := "noise\n--- FAIL: TestB (0.00s)\n    b_test.go:12: Batches(7, 3) = 2 batches, want 3\n        the last one is short\n--- FAIL: TestC (0.00s)\n    c_test.go:4: other\nFAIL\n"
	got := failureText(out, "TestB")
	want := "Batches(7, 3) = 2 batches, want 3\n    the last one is short"
	if got != want {
		t.Errorf("failureText = %q, want %q", got, want)
	}
	if failureText(out, "TestZ") != "" {
		t.Error("a test that printed nothing has no text")
	}
}
