package serve

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"descent/runner"
)

func TestTheBoardSortsAndNamesWhereTheClassIsStuck(t *testing.T) {
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	ago := func(m int) time.Time { return now.Add(-time.Duration(m) * time.Minute) }
	learners := []Learner{
		{ID: "a", Name: "Ann", Online: 1, Passed: map[string]time.Time{"mse": ago(30), "bce": ago(20)}, Attempts: map[string]int{"softmax_ce": 3},
			Current: "softmax_ce", CurrentSince: ago(20), Last: &Verdict{Exercise: "softmax_ce", Status: "failed", At: ago(2)}},
		{ID: "b", Name: "Bob", Passed: map[string]time.Time{}, Attempts: map[string]int{"mse": 5},
			Current: "mse", CurrentSince: ago(45), Last: &Verdict{Exercise: "mse", Status: "failed", At: ago(1)}},
		{ID: "c", Name: "王小明", Passed: map[string]time.Time{"mse": ago(5)}, Attempts: map[string]int{"softmax_ce": 1},
			Current: "softmax_ce", CurrentSince: ago(4), Last: &Verdict{Exercise: "softmax_ce", Status: runner.CompileError.String(), At: ago(0)}},
		{ID: "d", Name: "Dee", Passed: map[string]time.Time{}, Attempts: map[string]int{}, Current: "", Pending: &Pending{Exercise: "mse"}},
	}
	b := makeBoard(learners, now)
	names := func() string {
		var s []string
		for _, r := range b.Learners {
			s = append(s, r.Name)
		}
		return strings.Join(s, " ")
	}
	if got := names(); got != "Ann 王小明 Bob Dee" {
		t.Errorf("by progress: %s", got)
	}
	b.Sort(ByStuck)
	if got := names(); got != "Bob Ann 王小明 Dee" {
		t.Errorf("by time stuck: %s", got)
	}
	if len(b.Stuck) != 2 || b.Stuck[0].Exercise != "softmax_ce" || b.Stuck[0].Learners != 2 || b.Stuck[0].Attempts != 4 || b.Stuck[1].Exercise != "mse" {
		t.Errorf("stuck: %+v", b.Stuck)
	}
	var text strings.Builder
	b.WriteText(&text)
	out := text.String()
	for _, want := range []string{
		fmt.Sprintf("0/%d  mse            ✗ failed, 1m ago              45m", len(runner.Catalog())),
		"✗ compile error, 0s ago",
		"● Ann",
		"Dee", "mse …",
		"Stuck most: softmax_ce (2 learners, 4 failed checks, longest 20m) · mse (1 learner, 5 failed checks, longest 45m)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the text board lacks %q:\n%s", want, out)
		}
	}
	// A wide name keeps the columns: 王小明 takes 6 columns of 22.
	for _, line := range b.Table(0) {
		if strings.Contains(line, "王小明") && !strings.Contains(line, "王小明              ") {
			t.Errorf("a wide name breaks the columns: %q", line)
		}
	}
	for _, line := range b.Table(60) {
		if w := len([]rune(line)); w > 60 {
			t.Errorf("a line of %d columns in a table of 60: %q", w, line)
		}
	}
}

func TestLimitsBoundSessions(t *testing.T) {
	now := time.Unix(0, 0)
	l := newLimits(3, 2, 100, func() time.Time { return now })
	r1, err := l.enter("a")
	if err != nil {
		t.Fatal(err)
	}
	l.enter("a")
	if _, err := l.enter("a"); err == nil || !strings.Contains(err.Error(), "already has 2 sessions open") {
		t.Errorf("a third session of one key: %v", err)
	}
	l.enter("b")
	if _, err := l.enter("c"); err == nil || !strings.Contains(err.Error(), "full (3 sessions open") {
		t.Errorf("a fourth session on a server of 3: %v", err)
	}
	r1()
	r1() // twice is once
	if _, err := l.enter("c"); err != nil {
		t.Errorf("after one left: %v", err)
	}
	if l.sessions() != 3 {
		t.Errorf("%d sessions open, want 3", l.sessions())
	}
}
