package answers_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"descent/runner"
)

// These tests are the workbook's guarantee, each through the real checker
// (pristine tests, the harness's signed report, the sandbox): every answer
// passes exactly the tests the learner faces, every stub as shipped fails
// every one of its tests, and every plausible wrong solution in
// testdata/wrong fails. They build from the copies embedded in descent,
// never from the learner's exercises/, so a learner's work changes nothing
// here.

// checker runs with a generous time-out: these runs share two cores with
// the rest of the suite.
func checker(dir string) *runner.Checker {
	return &runner.Checker{Dir: dir, Timeout: 30 * time.Second}
}

// module writes the shipped exercises module into a temporary directory
// and replaces every exercise file with what content returns for it.
func module(t *testing.T, content func(runner.Exercise) ([]byte, error)) string {
	t.Helper()
	dir := t.TempDir()
	if err := runner.WritePristine(dir); err != nil {
		t.Fatal(err)
	}
	for _, e := range runner.Catalog() {
		data, err := content(e)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(e.File)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestEveryAnswerPassesItsTests(t *testing.T) {
	dir := module(t, runner.Answer)
	for _, r := range checker(dir).CheckAll(context.Background()) {
		if r.Status != runner.Passed || r.TestsPassed != r.Tests || r.Tests == 0 {
			t.Errorf("answer %s: %s, %d of %d tests passed\n%s", r.Exercise.Name, r.Status, r.TestsPassed, r.Tests, r.Report())
		}
	}
}

func TestEveryStubFailsEveryTest(t *testing.T) {
	dir := module(t, runner.Pristine)
	for _, r := range checker(dir).CheckAll(context.Background()) {
		switch {
		case r.Status != runner.Failed:
			t.Errorf("stub %s: %s; a stub's tests must fail cleanly, each with its message\n%s", r.Exercise.Name, r.Status, r.Report())
		case len(r.Failures) != r.Tests || r.TestsPassed != 0:
			t.Errorf("stub %s: %d of its %d tests fail (want all: a test the stub passes tells the learner nothing)\n%s", r.Exercise.Name, len(r.Failures), r.Tests, r.Report())
		}
	}
}

// wrongDir holds plausible wrong solutions, one directory per exercise:
// testdata/wrong/<exercise>/<mistake>.go, each a full replacement of the
// exercise file whose name says what it gets wrong.
const wrongDir = "testdata/wrong"

// Every wrong solution compiles and fails: the tests catch the mistake its
// name describes. They are checked together, a chapter's exercises at a
// time (one wrong solution per exercise in each build), as CheckAll checks
// a learner's files; any that does not settle there is checked alone.
func TestEveryWrongSolutionFails(t *testing.T) {
	dirs, err := os.ReadDir(wrongDir)
	if err != nil {
		t.Fatal(err)
	}
	var exercises []runner.Exercise
	var srcs [][]byte
	var files []string
	for _, d := range dirs {
		e, err := runner.Find(d.Name())
		if err != nil {
			t.Errorf("testdata/wrong/%s: %v", d.Name(), err)
			continue
		}
		paths, _ := filepath.Glob(filepath.Join(wrongDir, d.Name(), "*.go"))
		for _, f := range paths {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			exercises, srcs, files = append(exercises, e), append(srcs, src), append(files, f)
		}
	}
	results := checker("").CheckSources(context.Background(), exercises, srcs)
	for i, r := range results {
		label := strings.TrimSuffix(filepath.Base(files[i]), ".go")
		t.Run(r.Exercise.Name+"/"+label, func(t *testing.T) {
			switch r.Status {
			case runner.Failed, runner.Panicked, runner.TimedOut, runner.Crashed:
			case runner.CompileError, runner.Rejected:
				t.Errorf("%s does not build, so it proves nothing:\n%s", files[i], r.Report())
			default:
				t.Errorf("%s was not caught: the check says %s\n%s", files[i], r.Status, r.Report())
			}
		})
	}
}

// Every exercise has wrong solutions that its tests catch.
func TestEveryExerciseHasWrongSolutions(t *testing.T) {
	for _, e := range runner.Catalog() {
		files, _ := filepath.Glob(filepath.Join(wrongDir, e.Name, "*.go"))
		if len(files) < 2 {
			t.Errorf("%s: %d wrong solutions in testdata/wrong/%s; every exercise needs at least two plausible mistakes its tests catch", e.Name, len(files), e.Name)
		}
	}
}
