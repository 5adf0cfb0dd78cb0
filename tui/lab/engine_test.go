package lab

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"math"
	"strings"
	"testing"
	"time"

	"descent/core/surface"
	"descent/core/train"
)

func quadRace(t *testing.T, steps, speed int, paused bool, runs ...RunSpec) *race {
	t.Helper()
	s := surface.Quadratic()
	r, err := startRace(raceSpec{Surface: s, Start: s.Start, Steps: steps, Speed: speed, Runs: runs}, paused)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Stop(); r.wait() })
	return r
}

func waitUntil(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestRaceFinishesAndDivergenceStopsOnlyItsLane(t *testing.T) {
	r := quadRace(t, 5000, 0, false,
		RunSpec{Kind: "sgd", Values: map[string]float64{"lr": 0.4}},
		RunSpec{Kind: "sgd", Values: map[string]float64{"lr": 0.6}}, // > 2/L = 0.5
	)
	waitUntil(t, "the race to end", r.Done)
	if s, _ := r.lanes[0].Status(); s != train.OK || r.lanes[0].steps.Load() != 5000 {
		t.Errorf("stable lane: %s after %d steps, want ok after 5000", s, r.lanes[0].steps.Load())
	}
	s, why := r.lanes[1].Status()
	if s != train.Diverged || !strings.Contains(why, "diverged at step") {
		t.Errorf("unstable lane: %s %q, want diverged with a reason", s, why)
	}
	pts, _ := r.lanes[1].rec.Snapshot(nil)
	for _, p := range pts {
		if math.IsNaN(p.Loss) || math.IsInf(p.Loss, 0) || math.IsInf(p.Y, 0) {
			t.Fatalf("non-finite point recorded: %+v", p)
		}
	}
}

func TestPausedRaceTakesExactlyTheStepsAskedFor(t *testing.T) {
	r := quadRace(t, 100, 0, true,
		RunSpec{Kind: "adam", Values: map[string]float64{"lr": 0.1}},
		RunSpec{Kind: "rmsprop"})
	for i := 0; i < 7; i++ {
		r.StepOnce()
	}
	waitUntil(t, "seven steps", func() bool {
		return r.lanes[0].steps.Load() == 7 && r.lanes[1].steps.Load() == 7
	})
	time.Sleep(20 * time.Millisecond) // a paused lane must not drift on
	for i, l := range r.lanes {
		if n := l.steps.Load(); n != 7 {
			t.Errorf("lane %d took %d steps while paused, want 7", i, n)
		}
	}
	r.SetPaused(false)
	waitUntil(t, "the race to end", r.Done)
}

// TestPauseStepResetHammer flips pause, steps and resets from one goroutine
// (as Update does) while lanes run; go test -race checks it.
func TestPauseStepResetHammer(t *testing.T) {
	for round := 0; round < 20; round++ {
		r := quadRace(t, 1_000_000, 0, false,
			RunSpec{Kind: "sgd"}, RunSpec{Kind: "adam"}, RunSpec{Kind: "adagrad"})
		for i := 0; i < 50; i++ {
			r.SetPaused(i%2 == 0)
			r.StepOnce()
			for _, l := range r.lanes {
				l.rec.Snapshot(nil)
				l.Status()
			}
		}
		r.Stop()
		r.wait()
		for i, l := range r.lanes {
			if s, _ := l.Status(); s != train.Canceled && s != train.OK {
				t.Errorf("round %d lane %d ended %s, want canceled", round, i, s)
			}
		}
	}
}

func TestPacedRaceIsPaced(t *testing.T) {
	r := quadRace(t, 1_000_000, 100, false, RunSpec{Kind: "sgd"})
	time.Sleep(200 * time.Millisecond)
	if n := r.lanes[0].steps.Load(); n > 100 {
		t.Errorf("at 100 steps/s a lane took %d steps in 0.2 s", n)
	}
}

func TestBadHyperparameterIsReportedNotRun(t *testing.T) {
	s := surface.Quadratic()
	_, err := startRace(raceSpec{Surface: s, Start: s.Start, Steps: 10,
		Runs: []RunSpec{{Kind: "adam", Values: map[string]float64{"beta1": 1}}}}, false)
	if err == nil || !strings.Contains(err.Error(), "beta1") {
		t.Errorf("err = %v, want one naming beta1", err)
	}
	if _, err := startRace(raceSpec{Surface: s, Steps: 10}, false); err == nil {
		t.Error("a race without runs started")
	}
}

func TestNudgeStaysInRange(t *testing.T) {
	for _, k := range []string{"sgd", "adam", "rmsprop", "adadelta"} {
		l := New(Options{})
		l.runs = []RunSpec{{Kind: k, Values: map[string]float64{}}}
		for _, row := range func() []row { l.expanded = 0; return l.rows() }() {
			if row.kind != rowParam {
				continue
			}
			v := row.param.Default
			for i := 0; i < 40; i++ {
				v = nudge(row.param, v, +1)
				if err := row.param.Check(v); err != nil {
					t.Fatalf("%s %s: nudged up to %g: %v", k, row.param.Name, v, err)
				}
			}
			for i := 0; i < 80; i++ {
				v = nudge(row.param, v, -1)
				if err := row.param.Check(v); err != nil {
					t.Fatalf("%s %s: nudged down to %g: %v", k, row.param.Name, v, err)
				}
			}
		}
	}
}

func TestLabViewKeepsItsSizeInEveryState(t *testing.T) {
	l := New(Options{NoColor: true})
	for _, sz := range [][2]int{{80, 22}, {100, 28}, {200, 58}} {
		l.SetSize(sz[0], sz[1])
		checkFrame(t, l.View(), sz[0], sz[1])
		for _, name := range surface.Names() { // saddle has no minimum, negative f
			l.surface, _ = surface.ByName(name)
			l.start, l.view, l.contour = l.surface.Start, l.surface.Window, nil
			checkFrame(t, l.View(), sz[0], sz[1])
		}
		l.expanded = 0
		l.cursor = 5
		checkFrame(t, l.View(), sz[0], sz[1])
		l.expanded = -1
	}
}

func TestFitRacePausesStepsAndFinishes(t *testing.T) {
	task := taskFor("linear", 0, 3, 0, 0)
	r, err := startRace(raceSpec{Task: &task, Steps: 2, Runs: []RunSpec{
		{Kind: "adam", Values: map[string]float64{"lr": 0.01}},
		{Kind: "sgd", Values: map[string]float64{"lr": 1e100}}, // diverges
	}}, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Stop(); r.wait() })
	for i := 0; i < 4; i++ {
		r.StepOnce()
	}
	waitUntil(t, "four batches", func() bool { return r.lanes[0].steps.Load() == 4 })
	time.Sleep(20 * time.Millisecond)
	if n := r.lanes[0].steps.Load(); n != 4 {
		t.Errorf("a paused fit took %d batches, want 4", n)
	}
	r.SetPaused(false)
	waitUntil(t, "the race to end", r.Done)
	if s, _ := r.lanes[0].Status(); s != train.OK {
		t.Errorf("adam ended %s, want ok", s)
	}
	if _, ok := r.lanes[0].Metric("mae"); !ok {
		t.Error("no mae recorded after an epoch")
	}
	if s, why := r.lanes[1].Status(); s != train.Diverged || why == "" {
		t.Errorf("sgd with lr 1e100 ended %s %q, want diverged with a reason", s, why)
	}
}

func TestFitRaceCancelsPromptly(t *testing.T) {
	task := taskFor("circles", 3, 3, 0, 0)
	r, err := startRace(raceSpec{Task: &task, Steps: 100000, Runs: []RunSpec{{Kind: "adam"}, {Kind: "sgd"}}}, false)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond)
	r.SetPaused(true)
	r.StepOnce()
	r.SetPaused(false)
	r.Stop()
	done := make(chan struct{})
	go func() { r.wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("fit lanes did not stop within 5 s of cancel")
	}
}

// TestLabSurvivesEverySurfaceAndKnob drives the lab's Update through every
// surface, mode and knob with races running, and checks each frame's size.
func TestLabSurvivesEverySurfaceAndKnob(t *testing.T) {
	l := New(Options{})
	defer l.Close()
	l.SetSize(100, 28)
	keys := []tea.KeyPressMsg{
		{Code: tea.KeySpace, Text: " "}, {Code: 'n', Text: "n"}, {Code: tea.KeyRight}, {Code: tea.KeyLeft},
		{Code: tea.KeyDown}, {Code: tea.KeyEnter}, {Code: 'a', Text: "a"}, {Code: 'x', Text: "x"},
		{Code: 'L', Text: "L"}, {Code: 'r', Text: "r"}, {Code: tea.KeyUp},
	}
	for i := 0; i < 400; i++ {
		k := keys[(i*7+i/len(keys))%len(keys)]
		l.Update(k)
		if l.placing {
			l.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
		}
		if l.editing {
			l.Update(tea.KeyPressMsg{Code: '9', Text: "9"})
			l.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
		}
		if l.race != nil {
			l.Update(tick{id: l.tickID})
		}
		checkFrame(t, l.View(), 100, 28)
	}
}

// checkFrame asserts the View contract: exactly w×h cells.
func checkFrame(t *testing.T, f string, w, h int) {
	t.Helper()
	lines := strings.Split(f, "\n")
	if len(lines) != h {
		t.Errorf("frame has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n != w {
			t.Errorf("line %d is %d cells wide, want %d: %q", i, n, w, l)
		}
	}
}
