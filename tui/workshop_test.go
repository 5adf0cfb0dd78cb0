package tui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"descent/runner"
)

// TestAWorkshopEditsSavesAndChecksThroughTheServer: in a workshop session
// e opens the exercise's file, ctrl+s saves it (atomically) and checks it
// through the Workshop's Check, and esc with unsaved changes asks once.
func TestAWorkshopEditsSavesAndChecksThroughTheServer(t *testing.T) {
	dir := t.TempDir()
	if err := runner.WritePristine(dir); err != nil {
		t.Fatal(err)
	}
	var checked []string
	w := &Workshop{
		Check: func(_ context.Context, name string) runner.Result {
			checked = append(checked, name)
			e, _ := runner.Find(name)
			return runner.Result{Exercise: e, Status: runner.Passed, Tests: 2}
		},
		Submit: func(e runner.Exercise) string { return "ssh -p 2323 host submit " + e.Name + " < exercises/" + e.File },
	}
	d := newDeps(Options{ExercisesDir: dir, StateDir: t.TempDir(), Workshop: w})
	x := newExercises(d, "mse").(*exercises)
	x.SetSize(80, 22)
	x.Update(exStateMsg{x: x})
	run := func(cmd tea.Cmd) {
		for cmd != nil {
			msg := cmd()
			if msg == nil {
				return
			}
			_, cmd = x.Update(msg)
		}
	}
	run(x.describe())
	screen := func() string { return ansi.Strip(x.View()) }
	if s := screen(); !strings.Contains(s, "your exercises, kept on the server") {
		t.Errorf("the status line shows the server's path:\n%s", s)
	}
	desc := strings.Join(strings.Fields(w.describe(x.list[x.cur])), " ")
	if !strings.Contains(desc, "e opens your ch01/mse.go in the editor here; ctrl+s saves and checks it. From your own clone: ssh -p 2323 host submit mse < exercises/ch01/mse.go") {
		t.Errorf("the description does not say how to check in a workshop:\n%s", desc)
	}
	for _, k := range x.Keys() {
		if k.Help().Key == "w" {
			t.Error("watch is offered in a workshop")
		}
	}

	x.Update(tea.KeyPressMsg{Code: 'e', Text: "e"})
	if x.edit == nil || !x.Capturing() {
		t.Fatal("e did not open the editor")
	}
	if s := screen(); !strings.Contains(s, "ch01/mse.go  1:1") || !strings.Contains(s, " 1 // Exercise mse") {
		t.Fatalf("the editor:\n%s", s)
	}
	x.Update(tea.KeyPressMsg{Code: tea.KeyEnd})
	for _, r := range "  // mine" {
		x.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	x.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if x.edit == nil || !strings.Contains(screen(), "esc again discards") {
		t.Fatalf("esc with unsaved changes closed the editor:\n%s", screen())
	}
	_, cmd := x.Update(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	run(cmd)
	saved, _ := os.ReadFile(filepath.Join(dir, "ch01", "mse.go"))
	if !strings.HasPrefix(string(saved), "// Exercise mse: the mean squared error and its gradient.  // mine\n") {
		t.Errorf("the saved file starts %q", strings.SplitN(string(saved), "\n", 2)[0])
	}
	if len(checked) != 1 || checked[0] != "mse" {
		t.Errorf("checks through the workshop: %v", checked)
	}
	if s := screen(); !strings.Contains(s, "✓ mse passed") || !strings.Contains(s, "saved ch01/mse.go") {
		t.Errorf("after ctrl+s:\n%s", s)
	}
	x.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if x.edit != nil {
		t.Error("esc after saving did not close the editor")
	}
	if !x.passed["mse"] {
		t.Error("the pass is not shown in the list")
	}
}
