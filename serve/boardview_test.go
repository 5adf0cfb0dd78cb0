package serve

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"descent/runner"
)

// TestTheBoardViewUpdatesLive: a verdict recorded while the board is open
// shows on it at once, and the keys re-sort it.
func TestTheBoardViewUpdatesLive(t *testing.T) {
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	c, err := loadClass(t.TempDir(), clock)
	if err != nil {
		t.Fatal(err)
	}
	ann, bob := Person{ID: "ann", Name: "Ann"}, Person{ID: "bob", Name: "Bob"}
	c.arrive(ann)
	c.arrive(bob)
	v := newBoardView(c, clock, "ssh -t -p 2323 host")
	defer v.close()
	v.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	screen := func() string { return ansi.Strip(v.View().Content) }
	if s := screen(); !strings.Contains(s, "2 learners, 2 online") || !strings.Contains(s, "Nobody is stuck") {
		t.Fatalf("the board before any verdict:\n%s", s)
	}
	for i, line := range strings.Split(screen(), "\n") {
		if w := ansi.StringWidth(line); w > 80 {
			t.Errorf("line %d is %d columns wide on an 80-column terminal: %q", i, w, line)
		}
	}
	if n := len(strings.Split(v.View().Content, "\n")); n > 24 {
		t.Errorf("the board is %d lines tall on a 24-line terminal", n)
	}

	wait := v.waitForChange()
	mse, _ := runner.Find("mse")
	now = now.Add(time.Minute)
	c.record(bob, runner.Result{Exercise: mse, Status: runner.Failed}, map[string]bool{})
	msg := wait()
	if _, ok := msg.(boardChangedMsg); !ok {
		t.Fatalf("no change message after a verdict: %#v", msg)
	}
	v.Update(msg)
	if s := screen(); !strings.Contains(s, "✗ failed, 0s ago") || !strings.Contains(s, "Stuck most: mse (1 learner") {
		t.Errorf("the board after Bob's failed check:\n%s", s)
	}
	c.record(ann, runner.Result{Exercise: mse, Status: runner.Passed}, map[string]bool{"mse": true})
	v.Update(boardChangedMsg{})
	rowOf := func(name string) int {
		for i, l := range strings.Split(screen(), "\n") {
			if strings.Contains(l, " "+name+" ") {
				return i
			}
		}
		return -1
	}
	if rowOf("Ann") > rowOf("Bob") {
		t.Errorf("by progress, Ann (1 passed) comes before Bob (0):\n%s", screen())
	}
	now = now.Add(25 * time.Minute)
	v.Update(tea.KeyPressMsg{Code: 's', Text: "s"})
	if rowOf("Bob") > rowOf("Ann") || !strings.Contains(screen(), "by time stuck") {
		t.Errorf("by time stuck, Bob comes first:\n%s", screen())
	}
	now = now.Add(time.Minute)
	v.Update(boardTickMsg{})
	if !strings.Contains(screen(), "26m") {
		t.Errorf("a tick did not update the times:\n%s", screen())
	}
	if _, cmd := v.Update(tea.KeyPressMsg{Code: 'q', Text: "q"}); cmd == nil {
		t.Error("q does not quit")
	}
}
