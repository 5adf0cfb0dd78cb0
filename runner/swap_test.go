package runner

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// These two tests are the workbook's guarantee: every answer passes exactly
// the tests the learner faces, and every stub as shipped fails every one of
// its tests. Both run on a temporary copy of the exercises module with the
// answers (or the pristine stubs) swapped in, so an exercise the learner has
// already edited in exercises/ changes nothing here: the project's tests
// stay green halfway through the workbook. Each scenario is one `go test`
// run over all chapters.

// swapIn copies the exercises module and replaces every exercise file with
// what content returns for it.
func swapIn(t *testing.T, content func(Exercise) ([]byte, error)) string {
	t.Helper()
	dir := copyExercises(t)
	for _, e := range Catalog() {
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

// runAllChapters runs every chapter's tests once and returns each
// exercise's tests with what they reported.
func runAllChapters(t *testing.T, dir string) (map[string][]*testRun, *runResult) {
	t.Helper()
	c := &Checker{Dir: dir, Timeout: time.Minute}
	var pkgs []string
	for _, ch := range Chapters() {
		pkgs = append(pkgs, "./"+ByChapter(ch)[0].Package())
	}
	run := c.goTest(pkgs, "", nil).exec(context.Background())
	if run.err != nil {
		t.Fatal(run.err)
	}
	byExercise := map[string][]*testRun{}
	for _, e := range Catalog() {
		names, err := TestNames(filepath.Join(dir, filepath.FromSlash(e.TestFile())))
		if err != nil {
			t.Fatal(err)
		}
		p := run.pkgs[ModulePath+"/"+e.Package()]
		if p == nil {
			t.Fatalf("%s: go test said nothing about %s; stderr: %s", e.Name, e.Package(), run.stderr.String())
		}
		if p.failedBuild != "" {
			for _, b := range run.buildOutput {
				t.Log(b.String())
			}
			t.Fatalf("%s: package %s does not build", e.Name, e.Package())
		}
		for _, n := range names {
			tr := p.tests[n]
			if tr == nil {
				tr = &testRun{name: n} // never ran
			}
			byExercise[e.Name] = append(byExercise[e.Name], tr)
		}
	}
	return byExercise, run
}

func TestEveryAnswerPassesItsTests(t *testing.T) {
	dir := swapIn(t, Answer)
	results, _ := runAllChapters(t, dir)
	for _, e := range Catalog() {
		for _, tr := range results[e.Name] {
			if tr.action != "pass" {
				t.Errorf("answer %s: %s %s (want pass)\n%s%s", e.Name, tr.name, orNever(tr.action), tr.output.String(), tr.panicMsg)
			}
		}
	}
}

func TestEveryStubFailsEveryTest(t *testing.T) {
	dir := swapIn(t, Pristine)
	results, _ := runAllChapters(t, dir)
	for _, e := range Catalog() {
		for _, tr := range results[e.Name] {
			switch {
			case tr.panicMsg != "":
				t.Errorf("stub %s: %s panics (%s); a stub's tests must fail cleanly so the others still run", e.Name, tr.name, tr.panicMsg)
			case tr.action != "fail":
				t.Errorf("stub %s: %s %s (want fail: a test the stub passes tells the learner nothing)", e.Name, tr.name, orNever(tr.action))
			}
		}
	}
}

func orNever(action string) string {
	if action == "" || action == "run" {
		return "never finished"
	}
	return map[string]string{"pass": "passed", "fail": "failed", "skip": "was skipped"}[action]
}

// wrongDir holds plausible wrong solutions, one directory per exercise:
// answers/testdata/wrong/<exercise>/<mistake>.go, each a full replacement
// of the exercise file whose name says what it gets wrong.
const wrongDir = "../answers/testdata/wrong"

// wrongSolutions lists every wrong solution by exercise.
func wrongSolutions(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	dirs, err := os.ReadDir(wrongDir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if _, err := Find(d.Name()); err != nil {
			t.Errorf("answers/testdata/wrong/%s: %v", d.Name(), err)
			continue
		}
		files, _ := filepath.Glob(filepath.Join(wrongDir, d.Name(), "*.go"))
		out[d.Name()] = files
	}
	return out
}

// Every wrong solution compiles and fails: the tests catch the mistake its
// name describes. Each runs through the real checker, on a fresh copy of
// the shipped module with only that one file replaced.
func TestEveryWrongSolutionFails(t *testing.T) {
	for name, files := range wrongSolutions(t) {
		e := mustFind(t, name)
		for _, f := range files {
			label := strings.TrimSuffix(filepath.Base(f), ".go")
			t.Run(name+"/"+label, func(t *testing.T) {
				t.Parallel()
				src, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				dir := copyExercises(t)
				writeExercise(t, dir, e, string(src))
				r := (&Checker{Dir: dir, Timeout: 20 * time.Second}).CheckExercise(context.Background(), e)
				switch r.Status {
				case Failed, Panicked, TimedOut:
				case CompileError:
					t.Errorf("%s does not compile, so it proves nothing:\n%s", f, r.Output)
				default:
					t.Errorf("%s was not caught: the check says %s", f, r.Status)
				}
			})
		}
	}
}
