package runner

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Each test here edits a temporary copy of the exercises module the way a
// learner might and checks it with real `go test` subprocesses.

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
	if r.Status != Failed || len(r.Failures) != 2 {
		t.Fatalf("checking the mse stub: %s, %d failures; want failed, 2", r.Status, len(r.Failures))
	}
	rep := r.Report()
	for _, want := range []string{"TestMSE", "expected 1.33333", "got      0", "next:"} {
		if !strings.Contains(rep, want) {
			t.Errorf("report lacks %q:\n%s", want, rep)
		}
	}
	if strings.Contains(rep, "=== RUN") {
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
// checked: each is checked with its siblings swapped for their stubs.
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
	// The learner's files are untouched by the swap.
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

// An endless loop is reported as a time-out soon after the limit, and
// nothing it started is left running: not the test binary, not a process
// the learner's code spawned.
func TestCheckTimesOutAndLeavesNoProcess(t *testing.T) {
	if _, err := os.Stat("/proc/self"); err != nil {
		t.Skip("needs /proc to look for leftover processes")
	}
	if _, err := exec.LookPath("sleep"); err != nil {
		t.Skip("needs sleep(1) for the learner's code to start a child process")
	}
	dir := copyExercises(t)
	c := &Checker{Dir: dir, Timeout: 2 * time.Second}
	c.Check(context.Background(), "mse") // compile the dependencies once: build time is not run time

	pidFile := filepath.Join(t.TempDir(), "pids")
	writeExercise(t, dir, mustFind(t, "mse"), `package ch01

import (
	"os"
	"os/exec"
	"strconv"
)

func MSE(pred, target []float64) float64 {
	child := exec.Command("sleep", "300")
	child.Start()
	os.WriteFile(`+strconv.Quote(pidFile)+`, []byte(strconv.Itoa(os.Getpid())+" "+strconv.Itoa(child.Process.Pid)), 0o644)
	for {
	}
}

func MSEGrad(pred, target []float64) []float64 { return nil }
`)
	start := time.Now()
	r := c.Check(context.Background(), "mse")
	elapsed := time.Since(start)
	if r.Status != TimedOut || r.Test != "TestMSE" {
		t.Fatalf("got %s in %q, want a time-out in TestMSE:\n%s", r.Status, r.Test, r.Report())
	}
	// Compiling this file counts here too, so the bound is generous; the
	// requirement is the time-out plus 5 s of run time.
	if elapsed > c.Timeout+5*time.Second+30*time.Second {
		t.Errorf("the time-out took %s to report", elapsed)
	}
	if r.Frame == nil || !strings.HasSuffix(filepath.ToSlash(r.Frame.File), "ch01/mse.go") {
		t.Errorf("time-out frame = %+v; want a line of ch01/mse.go", r.Frame)
	}
	data, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatalf("the learner's code never ran: %v", err)
	}
	for _, field := range strings.Fields(string(data)) {
		pid, _ := strconv.Atoi(field)
		waitGone(t, pid)
	}
}

// waitGone waits until pid has exited (a zombie waiting for init to reap
// it counts as gone), failing after a generous 10 s.
func waitGone(t *testing.T, pid int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			return
		}
		// The state letter follows the command name in parentheses.
		if i := strings.LastIndex(string(stat), ")"); i > 0 && strings.HasPrefix(string(stat[i+1:]), " Z") {
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("process %d is still running after the check: %s", pid, stat)
			return
		}
		time.Sleep(20 * time.Millisecond) // polling /proc: there is no event to wait on
	}
}

func TestCheckCapsMegabytesOfOutput(t *testing.T) {
	dir := copyExercises(t)
	writeExercise(t, dir, mustFind(t, "mse"), `package ch01

import (
	"fmt"
	"strings"
)

func MSE(pred, target []float64) float64 {
	line := strings.Repeat("x", 1000)
	for range 4000 {
		fmt.Println(line)
	}
	return -1
}

func MSEGrad(pred, target []float64) []float64 { return nil }
`)
	c := &Checker{Dir: dir, MaxOutput: 16 << 10}
	r := c.Check(context.Background(), "mse")
	if r.Status != Failed {
		t.Fatalf("got %s, want failed:\n%.2000s", r.Status, r.Report())
	}
	if !r.Truncated || !strings.Contains(r.Report(), "cut short") {
		t.Errorf("4 MB of output should be reported as cut short")
	}
	total := len(r.Output)
	for _, f := range r.Failures {
		total += len(f.Output)
	}
	if total > 4*c.MaxOutput {
		t.Errorf("kept %d bytes of output; the cap is %d per test", total, c.MaxOutput)
	}
}

func TestCheckWithoutGoSaysSo(t *testing.T) {
	dir := copyExercises(t)
	t.Setenv("PATH", t.TempDir()) // a PATH with no go in it
	r := Check(context.Background(), dir, "mse")
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
	ctx, cancel := context.WithCancel(context.Background())
	c := &Checker{Dir: dir, Timeout: time.Minute}
	done := make(chan Result)
	go func() { done <- c.Check(ctx, "mse") }()
	cancel()
	select {
	case r := <-done:
		if r.Status == Passed {
			t.Errorf("a canceled check passed")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("a canceled check did not return")
	}
}

// fakeGo writes a stand-in for the go command that prints script's output
// and then hangs, to test the runner's own limits when go test's -timeout
// cannot help.
func fakeGo(t *testing.T, script string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "go")
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+script+"\nexec sleep 300\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRunnerKillsATestBinaryThatIgnoresItsTimeout(t *testing.T) {
	dir := copyExercises(t)
	goBin := fakeGo(t, `echo '{"Action":"start","Package":"descent/exercises/ch01"}'`)
	c := &Checker{Dir: dir, Go: goBin, Timeout: 500 * time.Millisecond}
	start := time.Now()
	r := c.Check(context.Background(), "mse")
	if r.Status != TimedOut {
		t.Fatalf("got %s, want timed out:\n%s", r.Status, r.Report())
	}
	if elapsed := time.Since(start); elapsed > c.Timeout+5*time.Second {
		t.Errorf("reported after %s; want within the time-out + 5 s", elapsed)
	}
}

func TestRunnerLimitsTheBuild(t *testing.T) {
	dir := copyExercises(t)
	c := &Checker{Dir: dir, Go: fakeGo(t, ""), Timeout: 200 * time.Millisecond, BuildTimeout: 300 * time.Millisecond}
	r := c.Check(context.Background(), "mse")
	if r.Status != RunError || !strings.Contains(r.Err.Error(), "build time-out") {
		t.Fatalf("got %s (%v), want a RunError about the build time-out", r.Status, r.Err)
	}
}
