package runner

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestStateRoundTrip(t *testing.T) {
	dir := copyExercises(t)
	if _, err := LoadState(dir); err == nil {
		t.Fatal("LoadState without a progress file should report ErrNoState")
	}
	st := State{}
	for _, name := range []string{"mse", "adam"} {
		e := mustFind(t, name)
		src, _ := os.ReadFile(filepath.Join(dir, e.File))
		st.Record(Result{Exercise: e, Status: Passed, SourceHash: HashSource(src)})
	}
	st.Passed["no-such-exercise"] = true
	st.NextHint(mustFind(t, "bce"))
	if err := SaveState(dir, st); err != nil {
		t.Fatal(err)
	}
	got, err := LoadState(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Passed["mse"] || !got.Passed["adam"] || got.Passed["no-such-exercise"] || len(got.Passed) != 2 {
		t.Errorf("round trip gave %v; want mse and adam (unknown names dropped)", got.Passed)
	}
	if got.Hints["bce"] != 1 {
		t.Errorf("hints seen: %v; want bce: 1", got.Hints)
	}
	if next, _ := got.Next(); next.Name != "bce" {
		t.Errorf("Next() = %s; want bce, the first not passed", next.Name)
	}
}

// A pass belongs to the file that passed: edit the file and it is stale,
// to be checked again, not a pass.
func TestAPassIsForTheFileThatPassed(t *testing.T) {
	dir := copyExercises(t)
	e := mustFind(t, "mse")
	src, _ := os.ReadFile(filepath.Join(dir, e.File))
	st := State{}
	st.Record(Result{Exercise: e, Status: Passed, SourceHash: HashSource(src)})
	SaveState(dir, st)
	writeExercise(t, dir, e, string(src)+"\n// changed after passing\n")
	got, err := LoadState(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got.Passed["mse"] || len(got.Stale) != 1 || got.Stale[0] != "mse" {
		t.Errorf("after an edit: passed %v, stale %v; want mse stale, not passed", got.Passed, got.Stale)
	}
}

func TestCorruptOrHandEditedStateIsNotTrusted(t *testing.T) {
	dir := copyExercises(t)
	e := mustFind(t, "mse")
	src, _ := os.ReadFile(filepath.Join(dir, e.File))
	forged := `{"version": 2, "passed": {"mse": "` + HashSource(src) + `", "bce": ""}, "sum": "0000"}`
	for _, content := range []string{"", "{", `{"version": 1, "passed": ["mse"]}`, "\x00\x01garbage", forged} {
		os.WriteFile(StatePath(dir), []byte(content), 0o644)
		st, err := LoadState(dir)
		if err == nil || len(st.Passed) != 0 {
			t.Errorf("LoadState(%q) = %v, %v; want an empty state and an error", content, st.Passed, err)
		}
	}
	// A real file with one byte changed by hand is not trusted either.
	st := State{}
	st.Record(Result{Exercise: e, Status: Passed, SourceHash: HashSource(src)})
	SaveState(dir, st)
	data, _ := os.ReadFile(StatePath(dir))
	os.WriteFile(StatePath(dir), []byte(strings.Replace(string(data), `"mse"`, `"bce"`, 1)), 0o644)
	if st, err := LoadState(dir); err == nil || !strings.Contains(err.Error(), "changed by something other than descent") || len(st.Passed) != 0 {
		t.Errorf("a hand-edited file gave %v, %v", st.Passed, err)
	}
}

func TestHintsComeInOrderAndStopAtTheLast(t *testing.T) {
	e := Exercise{Name: "mse", Hints: []string{"first", "second"}}
	var st State
	for i, want := range []string{"first", "second", "second"} {
		h, n, of := st.NextHint(e)
		if h != want || of != 2 || n != min(i+1, 2) {
			t.Errorf("hint %d: %q %d/%d; want %q", i+1, h, n, of, want)
		}
	}
}

func TestRecordKeepsPassesAndForgetsFailures(t *testing.T) {
	st := State{}
	st.Record(Result{Exercise: mustFind(t, "mse"), Status: Passed}, Result{Exercise: mustFind(t, "bce"), Status: Passed})
	st.Record(Result{Exercise: mustFind(t, "bce"), Status: CompileError}, Result{Exercise: mustFind(t, "mse"), Status: RunError})
	if !st.Passed["mse"] || st.Passed["bce"] {
		t.Errorf("after record: %v; want mse still passed (a RunError says nothing) and bce not", st.Passed)
	}
}

// The state file must survive the runner being killed in the middle of
// writing it. A child process (this test binary, re-run) saves states in a
// loop; it is killed with SIGKILL at a moment it does not choose, many
// times over, and each time the file must still parse as a whole state.
func TestStateSurvivesAKillMidWrite(t *testing.T) {
	if dir := os.Getenv("DESCENT_STATE_WRITER"); dir != "" {
		writeStatesForever(dir)
		return
	}
	dir := t.TempDir()
	for round := range 15 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestStateSurvivesAKillMidWrite$")
		cmd.Env = append(os.Environ(), "DESCENT_STATE_WRITER="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Let it complete a varying number of writes, then kill it while
		// it is busy writing the next ones.
		lines := bufio.NewScanner(out)
		for i := 0; i < 1+round*7 && lines.Scan(); i++ {
		}
		cmd.Process.Kill()
		cmd.Wait()
		st, err := LoadState(dir)
		if err != nil {
			t.Fatalf("round %d: after a kill mid-write: %v", round, err)
		}
		if n := len(st.Stale); n < 1 || n > len(catalog) {
			t.Fatalf("round %d: state has %d passed exercises; every state written had 1 to %d", round, n, len(catalog))
		}
	}
}

func writeStatesForever(dir string) {
	for i := 0; ; i++ {
		st := State{Passed: map[string]bool{}}
		for _, e := range catalog[:1+i%len(catalog)] {
			st.Passed[e.Name] = true
		}
		if err := SaveState(dir, st); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(i)
	}
}

func TestResetKeepsTheLearnersVersion(t *testing.T) {
	dir := copyExercises(t)
	e := mustFind(t, "adam")
	mine := "package ch03\n\n// my attempt\n"
	writeExercise(t, dir, e, mine)
	if edited, _ := Edited(dir, e); !edited {
		t.Fatal("Edited should notice the change")
	}
	now := time.Date(2026, 11, 24, 6, 0, 0, 0, time.UTC)
	backup, err := Reset(dir, e, now)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(backup); string(got) != mine {
		t.Errorf("backup %s holds %q, want the learner's version", backup, got)
	}
	if filepath.Dir(backup) != filepath.Join(dir, "ch03") || !strings.HasSuffix(backup, ".bak") {
		t.Errorf("backup %s should sit beside the exercise and end in .bak", backup)
	}
	if edited, _ := Edited(dir, e); edited {
		t.Error("after Reset the file should be the stub again")
	}
	// A second reset of an edited file the same second keeps both backups.
	writeExercise(t, dir, e, mine+"// second try\n")
	backup2, err := Reset(dir, e, now)
	if err != nil || backup2 == backup {
		t.Errorf("second backup %s (err %v) must not overwrite the first %s", backup2, err, backup)
	}
	// Resetting the stub itself keeps nothing: there is nothing to lose.
	if b, err := Reset(dir, e, now); b != "" || err != nil {
		t.Errorf("reset of an unedited stub made backup %q, err %v", b, err)
	}
}

func TestFindDir(t *testing.T) {
	if _, err := FindDir(t.TempDir()); err == nil || !strings.Contains(err.Error(), "not the exercises directory") {
		t.Errorf("FindDir of an empty dir: %v", err)
	}
	dir := copyExercises(t)
	if got, err := FindDir(dir); err != nil || got != dir {
		t.Errorf("FindDir(%s) = %s, %v", dir, got, err)
	}
	t.Setenv(EnvDir, dir)
	if got, err := FindDir(""); err != nil || got != dir {
		t.Errorf("FindDir with $%s = %s, %v", EnvDir, got, err)
	}
	t.Setenv(EnvDir, "")
	t.Chdir(t.TempDir())
	if _, err := FindDir(""); err == nil || !strings.Contains(err.Error(), "repository root") {
		t.Errorf("FindDir with nothing to find: %v; want advice to run from the repository root", err)
	}
}
