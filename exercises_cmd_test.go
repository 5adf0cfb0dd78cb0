package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"descent/runner"
)

// These tests drive the exercise commands as a learner would, on a
// temporary copy of the exercises module.

func copyExerciseModule(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	// The shipped module, from the copies embedded in descent: never the
	// learner's exercises/, which may be solved, half-done or broken.
	if err := runner.WritePristine(dst); err != nil {
		t.Fatal(err)
	}
	// Start from an empty progress file, as after a first `descent list`,
	// so commands do not spend time rebuilding it.
	if err := runner.SaveState(dst, runner.State{}); err != nil {
		t.Fatal(err)
	}
	return dst
}

// exRun runs one command line in this process and returns its exit code and output.
func exRun(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &cmdEnv{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut})
	return code, out.String(), errOut.String()
}

func exSolve(t *testing.T, dir, name string) {
	t.Helper()
	e, err := runner.Find(name)
	if err != nil {
		t.Fatal(err)
	}
	answer, _ := runner.Answer(e)
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(e.File)), answer, 0o644); err != nil {
		t.Fatal(err)
	}
}

func exOneLine(t *testing.T, stderr string) {
	t.Helper()
	if strings.Count(strings.TrimRight(stderr, "\n"), "\n") != 0 || stderr == "" {
		t.Errorf("bad input should give exactly one line on stderr, got %q", stderr)
	}
}

func TestCheckCommand(t *testing.T) {
	dir := copyExerciseModule(t)
	code, out, _ := exRun(t, "", "check", "mse", "--dir", dir)
	if code != 1 || !strings.Contains(out, "TestMSEGrad") || !strings.Contains(out, "Edit exercises/ch01/mse.go") {
		t.Errorf("check of the stub: exit %d\n%s", code, out)
	}
	exSolve(t, dir, "mse")
	code, out, _ = exRun(t, "", "check", "--dir", dir, "mse")
	if code != 0 || !strings.Contains(out, "mse passed") || !strings.Contains(out, "Next: bce") {
		t.Errorf("check of the answer: exit %d\n%s", code, out)
	}
	st, err := runner.LoadState(dir)
	if err != nil || !st.Passed["mse"] {
		t.Errorf("progress after passing mse: %v, %v", st.Passed, err)
	}
	// Without a name, check takes the first exercise that has not passed.
	if code, out, _ = exRun(t, "", "check", "--dir", dir); code != 1 || !strings.Contains(out, "bce") {
		t.Errorf("check with no name: exit %d\n%s", code, out)
	}
}

func TestCheckCommandTimeOut(t *testing.T) {
	dir := copyExerciseModule(t)
	loop := "package ch01\n\nfunc MSE(p, y []float64) float64 {\n\tfor {\n\t}\n}\n\nfunc MSEGrad(p, y []float64) []float64 { return nil }\n"
	os.WriteFile(filepath.Join(dir, "ch01", "mse.go"), []byte(loop), 0o644)
	code, out, _ := exRun(t, "", "check", "mse", "--timeout", "1s", "--dir", dir)
	if code != 1 || !strings.Contains(out, "timed out after 1 s in TestMSE") {
		t.Errorf("check of an endless loop: exit %d\n%s", code, out)
	}
}

func TestCheckCommandBadInput(t *testing.T) {
	dir := copyExerciseModule(t)
	for _, args := range [][]string{
		{"check", "msee", "--dir", dir},
		{"check", "mse", "--all", "--dir", dir},
		{"check", "mse", "bce", "--dir", dir},
		{"check", "mse", "--timeout", "soon", "--dir", dir},
		{"check", "mse", "--timeout", "-1s", "--dir", dir},
		{"check", "mse", "--dir", t.TempDir()},
		{"hint", "nope"},
		{"reset", "--yes", "--dir", dir},
		{"solution", "adamm", "--force"},
	} {
		code, _, stderr := exRun(t, "", args...)
		if code != 2 {
			t.Errorf("descent %s: exit %d, want 2", strings.Join(args, " "), code)
		}
		exOneLine(t, stderr)
	}
	_, _, stderr := exRun(t, "", "check", "msee", "--dir", dir)
	if !strings.Contains(stderr, `did you mean "mse"`) {
		t.Errorf("an unknown name should suggest the closest: %s", stderr)
	}
}

func TestCheckAllAndList(t *testing.T) {
	dir := copyExerciseModule(t)
	exSolve(t, dir, "bce")
	code, out, _ := exRun(t, "", "check", "--all", "--dir", dir)
	total := len(runner.Catalog())
	if code != 1 || !strings.Contains(out, "✓ bce") || !strings.Contains(out, "✗ mse: failed") || !strings.Contains(out, fmt.Sprintf("1/%d passed", total)) {
		t.Errorf("check --all: exit %d\n%s", code, out)
	}
	code, out, _ = exRun(t, "", "list", "--dir", dir)
	if code != 0 || !strings.Contains(out, fmt.Sprintf("1/%d done", total)) || !exHasLine(out, "→ 1 +mse .*todo") || !exHasLine(out, "  2 +bce .*done") {
		t.Errorf("list after check --all: exit %d\n%s", code, out)
	}
}

func exHasLine(out, pattern string) bool {
	for _, line := range strings.Split(out, "\n") {
		if matched, _ := regexp.MatchString(pattern, line); matched {
			return true
		}
	}
	return false
}

func TestListRebuildsAMissingOrCorruptState(t *testing.T) {
	dir := copyExerciseModule(t)
	exSolve(t, dir, "mse")
	for _, prepare := range []func(){
		func() { os.Remove(runner.StatePath(dir)) },
		func() { os.WriteFile(runner.StatePath(dir), []byte("{not json"), 0o644) },
	} {
		prepare()
		code, out, stderr := exRun(t, "", "list", "--dir", dir)
		if code != 0 || !strings.Contains(stderr, "rebuilding") || !strings.Contains(out, fmt.Sprintf("1/%d done", len(runner.Catalog()))) {
			t.Errorf("list with no usable state: exit %d\nstdout:\n%s\nstderr: %s", code, out, stderr)
		}
		if st, err := runner.LoadState(dir); err != nil || !st.Passed["mse"] {
			t.Errorf("state after rebuilding: %v, %v", st.Passed, err)
		}
	}
}

func TestResetCommand(t *testing.T) {
	dir := copyExerciseModule(t)
	path := filepath.Join(dir, "ch02", "l2.go")
	os.WriteFile(path, []byte("package ch02\n// mine\n"), 0o644)

	code, out, _ := exRun(t, "n\n", "reset", "l2", "--dir", dir)
	if got, _ := os.ReadFile(path); code != 0 || string(got) != "package ch02\n// mine\n" || !strings.Contains(out, "Nothing changed") {
		t.Errorf("answering n: exit %d, file %q\n%s", code, got, out)
	}
	code, out, _ = exRun(t, "y\n", "reset", "l2", "--dir", dir)
	if code != 0 || !strings.Contains(out, ".bak") {
		t.Errorf("answering y: exit %d\n%s", code, out)
	}
	backups, _ := filepath.Glob(filepath.Join(dir, "ch02", "l2.go.*.bak"))
	if len(backups) != 1 {
		t.Fatalf("backups: %v; want one", backups)
	}
	if got, _ := os.ReadFile(backups[0]); string(got) != "package ch02\n// mine\n" {
		t.Errorf("backup holds %q", got)
	}
	if edited, _ := runner.Edited(dir, exFind(t, "l2")); edited {
		t.Error("l2.go should be the stub again")
	}
	os.WriteFile(path, []byte("package ch02\n// again\n"), 0o644)
	if code, _, _ := exRun(t, "", "reset", "--yes", "l2", "--dir", dir); code != 0 {
		t.Errorf("reset --yes: exit %d", code)
	}
	if code, out, _ := exRun(t, "", "reset", "l2", "--dir", dir); code != 0 || !strings.Contains(out, "already the original") {
		t.Errorf("reset of the stub: exit %d\n%s", code, out)
	}
}

func exFind(t *testing.T, name string) runner.Exercise {
	e, err := runner.Find(name)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestSolutionAndHint(t *testing.T) {
	dir := copyExerciseModule(t)
	code, out, stderr := exRun(t, "", "solution", "gd_step", "--dir", dir)
	if code != 1 || out != "" || !strings.Contains(stderr, "--force") {
		t.Errorf("solution before passing: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	code, out, _ = exRun(t, "", "solution", "gd_step", "--force")
	if code != 0 || !strings.Contains(out, "theta[i] -= lr * grad[i]") {
		t.Errorf("solution --force: exit %d\n%s", code, out)
	}
	exSolve(t, dir, "gd_step")
	if code, out, _ = exRun(t, "", "solution", "gd_step", "--dir", dir); code != 0 || !strings.Contains(out, "func GDStep") {
		t.Errorf("solution after passing: exit %d\n%s", code, out)
	}
	adam := exFind(t, "adam")
	for i := 1; i <= len(adam.Hints)+1; i++ {
		code, out, _ = exRun(t, "", "hint", "adam", "--dir", dir)
		n := min(i, len(adam.Hints))
		want := fmt.Sprintf("Hint %d of %d: %s", n, len(adam.Hints), adam.Hints[n-1])
		if code != 0 || !strings.Contains(out, want) || !strings.Contains(out, "03-algorithms") {
			t.Errorf("hint adam, asked %d times: exit %d; want %q in\n%s", i, code, want, out)
		}
		if again := strings.Contains(out, "`go run . hint adam` again"); again != (n < len(adam.Hints)) {
			t.Errorf("hint %d of %d should offer the next only while there is one:\n%s", n, len(adam.Hints), out)
		}
	}
}

// Every command descent prints for the learner works as typed by someone
// who followed the README, which runs descent with `go run .`.
func TestPrintedCommandsAreTheREADMEsForm(t *testing.T) {
	dir := copyExerciseModule(t)
	_, out, _ := exRun(t, "", "check", "mse", "--dir", dir)
	_, list, _ := exRun(t, "", "list", "--dir", dir)
	_, _, stderr := exRun(t, "", "solution", "mse", "--dir", dir)
	for _, text := range []string{out, list, stderr} {
		if strings.Contains(text, "`descent ") || strings.Contains(text, ": descent ") {
			t.Errorf("prints a command the README never installs:\n%s", text)
		}
	}
	for _, want := range []string{"`go run . check mse`", "`go run . hint mse`"} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %s:\n%s", want, out)
		}
	}
	if !strings.Contains(list, "go run . check mse") || !strings.Contains(stderr, "`go run . solution mse --force`") {
		t.Errorf("list or solution lacks the go run form:\n%s\n%s", list, stderr)
	}
}

func TestExerciseFlagsStateTheirRangesAndUnits(t *testing.T) {
	dir := copyExerciseModule(t)
	cases := map[string][]string{
		`a duration needs a unit: write "10s"`: {"check", "mse", "--timeout", "10", "--dir", dir},
		"must be between 100ms and 1h0m0s":     {"check", "mse", "--timeout", "-1s", "--dir", dir},
		"must be from 64MiB to 64GiB":          {"check", "mse", "--memory", "1MiB", "--dir", dir},
		"is not a size":                        {"check", "mse", "--memory", "lots", "--dir", dir},
		"must be between 0s and 10s":           {"watch", "--debounce", "-1s", "--dir", dir},
	}
	for want, args := range cases {
		code, _, stderr := exRun(t, "", args...)
		if code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("descent %s: exit %d, stderr %q; want 2 and %q", strings.Join(args, " "), code, stderr, want)
		}
		exOneLine(t, stderr)
	}
}

// watch re-checks on a save by rename, moves to the next exercise when the
// current one passes, and quits on q.
func TestWatchCommand(t *testing.T) {
	dir := copyExerciseModule(t)
	stdinR, stdinW := io.Pipe()
	stdoutR, stdoutW := io.Pipe()
	exit := make(chan int, 1)
	go func() {
		exit <- run([]string{"watch", "--dir", dir, "--debounce", "20ms"}, &cmdEnv{stdin: stdinR, stdout: stdoutW, stderr: stdoutW})
		stdoutW.Close()
	}()
	lines := make(chan string, 1024)
	go func() {
		sc := bufio.NewScanner(stdoutR)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var seen []string
	waitFor := func(want string) {
		t.Helper()
		timeout := time.After(2 * time.Minute) // generous: the first build may be cold
		for {
			select {
			case line, ok := <-lines:
				if !ok {
					t.Fatalf("watch ended before printing %q; it printed:\n%s", want, strings.Join(seen, "\n"))
				}
				seen = append(seen, line)
				if strings.Contains(line, want) {
					return
				}
			case <-timeout:
				t.Fatalf("watch did not print %q; it printed:\n%s", want, strings.Join(seen, "\n"))
			}
		}
	}
	waitFor("Watching exercises/ch01/mse.go")

	// Save the answer the way vim does: write elsewhere, rename over.
	e := exFind(t, "mse")
	answer, _ := runner.Answer(e)
	tmp := filepath.Join(dir, "ch01", "4913")
	os.WriteFile(tmp, answer, 0o644)
	if err := os.Rename(tmp, filepath.Join(dir, "ch01", "mse.go")); err != nil {
		t.Fatal(err)
	}
	waitFor("mse passed")
	waitFor("Next: bce")
	waitFor("Watching exercises/ch01/bce.go")

	io.WriteString(stdinW, "h\n")
	waitFor("Hint 1 of")
	io.WriteString(stdinW, "q\n")
	waitFor("Bye")
	select {
	case code := <-exit:
		if code != 0 {
			t.Errorf("watch exit code %d", code)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("watch did not exit after q")
	}
	stdinW.Close()
}
