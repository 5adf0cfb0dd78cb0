package tui

import (
	"descent/runner"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// learnerModule writes the exercises module as shipped into a temporary
// directory, with adam.go replaced by body, so a test can break the
// learner's code without touching (or depending on) the real files.
func learnerModule(t *testing.T, adam string) string {
	t.Helper()
	dir := t.TempDir()
	if err := runner.WritePristine(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ch03", "adam.go"), []byte(adam), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

const adamHeader = "package ch03\n\ntype Adam struct {\n\tLR, Beta1, Beta2, Eps float64\n\tM, V []float64\n\tT int\n}\n\n"

// raceFrom opens the exercises screen on adam and starts the race.
func raceFrom(t *testing.T, dir string, stall time.Duration) (*teatest.TestModel, *soloHost, *exercises) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs a real subprocess")
	}
	var checks atomic.Int32
	x := newExercisesWith(exercisesDeps(dir), "adam", fakeBackend(&checks))
	x.raceStall = stall
	x.raceQuick = true // the replay's animation is not what these tests check
	tm, h := startSolo(t, x)
	waitFrame(t, h, "v races your adam", 5*time.Second)
	tm.Type("v")
	return tm, h, x
}

func TestRaceSurvivesAPanic(t *testing.T) {
	dir := learnerModule(t, adamHeader+"func (a *Adam) Step(theta, grad []float64) {\n\tvar m []float64\n\ttheta[0] -= m[3]\n}\n")
	_, h, _ := raceFrom(t, dir, 5*time.Second)
	got := waitFrame(t, h, "your code panicked", 90*time.Second)
	if !strings.Contains(got, "index out of range") || !strings.Contains(got, "ch03/adam.go:") {
		t.Fatalf("the panic should say what and where:\n%s", got)
	}
	// The reference still ran to the end beside it.
	waitFrame(t, h, "reference step 1000", 10*time.Second)
}

func TestRaceStopsAnEndlessLoop(t *testing.T) {
	dir := learnerModule(t, adamHeader+"func (a *Adam) Step(theta, grad []float64) {\n\tfor {\n\t\ta.T++\n\t}\n}\n")
	tm, h, _ := raceFrom(t, dir, 2*time.Second)
	waitFrame(t, h, "is there a loop that never ends?", 90*time.Second)
	pid := racePID(t, tm, h)
	if pid == 0 {
		t.Fatal("no process was started")
	}
	// The whole process group is gone: go run and the program it built.
	deadline := time.Now().Add(5 * time.Second)
	for syscall.Kill(-pid, 0) == nil || !errors.Is(syscall.Kill(-pid, 0), syscall.ESRCH) {
		if time.Now().After(deadline) {
			t.Fatalf("process group %d still exists", pid)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestRaceCompileErrorIsAStatus(t *testing.T) {
	dir := learnerModule(t, adamHeader+"func (a *Adam) Step(theta, grad []float64) {\n\tundefinedThing()\n}\n")
	_, h, _ := raceFrom(t, dir, 5*time.Second)
	got := waitFrame(t, h, "does not build", 90*time.Second)
	t.Log(got)
	if !strings.Contains(got, "adam.go:") {
		t.Fatalf("the compile error should name the file:\n%s", got)
	}
}

func TestRaceClosingKillsTheProcess(t *testing.T) {
	dir := learnerModule(t, adamHeader+"func (a *Adam) Step(theta, grad []float64) {\n\tfor {\n\t\ta.T++\n\t}\n}\n")
	tm, h, _ := raceFrom(t, dir, time.Minute)
	waitFrame(t, h, "yours     step 0", 90*time.Second) // started, now stuck in the loop
	pid := racePID(t, tm, h)
	if pid == 0 {
		t.Fatal("no process was started")
	}
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape}) // back to the list: closes the race
	deadline := time.Now().Add(5 * time.Second)
	for !errors.Is(syscall.Kill(-pid, 0), syscall.ESRCH) {
		if time.Now().After(deadline) {
			t.Fatalf("process group %d still exists after the race closed", pid)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// racePID asks, on the program's goroutine, for the learner's process group.
func racePID(t *testing.T, tm *teatest.TestModel, h *soloHost) int {
	t.Helper()
	got := make(chan int, 1)
	tm.Send(inspectMsg(func(s screen) {
		pid := 0
		if x, ok := s.(*exercises); ok && x.race != nil && x.race.proc != nil {
			x.race.proc.mu.Lock()
			pid = x.race.proc.pid
			x.race.proc.mu.Unlock()
		}
		got <- pid
	}))
	select {
	case pid := <-got:
		return pid
	case <-time.After(5 * time.Second):
		t.Fatal("the program did not answer")
		return 0
	}
}

// A correct Adam finishes the race beside the reference, on the same path.
func TestRaceCorrectAdamMatchesReference(t *testing.T) {
	adam := "package ch03\n\nimport \"math\"\n\n" + strings.TrimPrefix(adamHeader, "package ch03\n\n") + `func (a *Adam) Step(theta, grad []float64) {
	if a.M == nil {
		a.M, a.V = make([]float64, len(theta)), make([]float64, len(theta))
	}
	a.T++
	c1, c2 := 1-math.Pow(a.Beta1, float64(a.T)), 1-math.Pow(a.Beta2, float64(a.T))
	for i, g := range grad {
		a.M[i] = a.Beta1*a.M[i] + (1-a.Beta1)*g
		a.V[i] = a.Beta2*a.V[i] + (1-a.Beta2)*g*g
		theta[i] -= a.LR * (a.M[i] / c1) / (math.Sqrt(a.V[i]/c2) + a.Eps)
	}
}
`
	tm, h, _ := raceFrom(t, learnerModule(t, adam), 5*time.Second)
	frame := waitFrame(t, h, "within 1e-9 of each other at every step, 0 to 1000", 90*time.Second)
	if testing.Verbose() {
		t.Log("\n" + ansi.Strip(frame))
	}
	got := make(chan [2]float64, 1)
	tm.Send(inspectMsg(func(s screen) {
		r := s.(*exercises).race
		got <- [2]float64{r.mine[len(r.mine)-1].Loss, r.ref.Points[len(r.ref.Points)-1].Loss}
	}))
	l := <-got
	if math.Abs(l[0]-l[1]) > 1e-9*math.Max(1, l[1]) {
		t.Fatalf("a correct Adam should end where the reference does: yours %g, reference %g", l[0], l[1])
	}
}

// An Adam without bias correction "beats" nothing: the race says its path
// parts from the reference's at step 1, and by how much, beside the final
// losses.
func TestRaceAdamWithoutBiasCorrectionPartsAtStep1(t *testing.T) {
	adam := "package ch03\n\nimport \"math\"\n\n" + strings.TrimPrefix(adamHeader, "package ch03\n\n") + `func (a *Adam) Step(theta, grad []float64) {
	if a.M == nil {
		a.M, a.V = make([]float64, len(theta)), make([]float64, len(theta))
	}
	a.T++
	for i, g := range grad {
		a.M[i] = a.Beta1*a.M[i] + (1-a.Beta1)*g
		a.V[i] = a.Beta2*a.V[i] + (1-a.Beta2)*g*g
		theta[i] -= a.LR * a.M[i] / (math.Sqrt(a.V[i]) + a.Eps)
	}
}
`
	_, h, _ := raceFrom(t, learnerModule(t, adam), 5*time.Second)
	frame := waitFrame(t, h, "■ step 1000", 90*time.Second)
	frame = waitFrame(t, h, "reference step 1000", 10*time.Second)
	if !strings.Contains(frame, "paths part at step 1: yours is") {
		t.Fatalf("the race should say the paths part at step 1:\n%s", frame)
	}
	soloGolden(t, "race_parts_at_step_1", frame)
}
