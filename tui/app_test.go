package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"descent/runner"
)

// appHost runs the whole App under teatest and keeps the last frame it drew
// (as plain text) where a test can read it without racing the program.
type appHost struct {
	app  *App
	last atomic.Value // string
}

func (h *appHost) Init() tea.Cmd { return h.app.Init() }

func (h *appHost) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := h.app.Update(msg)
	return h, cmd
}

func (h *appHost) View() tea.View {
	v := h.app.View()
	h.last.Store(ansi.Strip(v.Content))
	return v
}

func (h *appHost) frame() string {
	s, _ := h.last.Load().(string)
	return s
}

// testOptions gives the app a fresh state directory, no exercises, and a
// fixed clock, so goldens do not depend on the machine.
func testOptions(t *testing.T) Options {
	dir := t.TempDir()
	return Options{ExercisesDir: dir, StateDir: dir, catalog: testCatalog,
		Now: func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }}
}

// startApp runs the app at w×h with the Ascii colour profile.
func startApp(t *testing.T, o Options, w, h int) (*teatest.TestModel, *appHost) {
	t.Helper()
	host := &appHost{app: New(o)}
	tm := teatest.NewTestModel(t, host,
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)),
	)
	t.Cleanup(func() {
		_ = tm.Quit()
		tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
		host.app.closeActive()
	})
	return tm, host
}

// waitApp waits until the frame satisfies ok, and returns it.
func waitApp(t *testing.T, h *appHost, what string, ok func(string) bool) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		f := h.frame()
		if ok(f) {
			return f
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s; last frame:\n%s", what, f)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func contains(s string) func(string) bool {
	return func(f string) bool { return strings.Contains(f, s) }
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

func press(tm *teatest.TestModel, keys ...string) {
	for _, k := range keys {
		var m tea.KeyPressMsg
		switch k {
		case "enter":
			m = tea.KeyPressMsg{Code: tea.KeyEnter}
		case "esc":
			m = tea.KeyPressMsg{Code: tea.KeyEscape}
		case "space":
			m = tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
		case "down":
			m = tea.KeyPressMsg{Code: tea.KeyDown}
		case "ctrl+c":
			m = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
		default:
			r := []rune(k)[0]
			m = tea.KeyPressMsg{Code: r, Text: k}
		}
		tm.Send(m)
	}
}

func TestHomeGolden(t *testing.T) {
	_, h := startApp(t, testOptions(t), 100, 30)
	f := waitApp(t, h, "home", contains("The lab"))
	checkFrame(t, f, 100, 30)
	golden.RequireEqual(t, f)
}

func TestLabGolden(t *testing.T) {
	tm, h := startApp(t, testOptions(t), 100, 30)
	waitApp(t, h, "home", contains("The lab"))
	press(tm, "G", "k", "enter") // the lab is the next-to-last entry
	f := waitApp(t, h, "lab", contains("OPTIMIZERS"))
	checkFrame(t, f, 100, 30)
	golden.RequireEqual(t, f)
}

// TestLabStepsGolden takes three single steps: paused runs are
// deterministic, so the map, legend and chart are too.
func TestLabStepsGolden(t *testing.T) {
	tm, h := startApp(t, testOptions(t), 100, 30)
	waitApp(t, h, "home", contains("The lab"))
	press(tm, "G", "k", "enter")
	waitApp(t, h, "lab", contains("OPTIMIZERS"))
	press(tm, "n", "n", "n")
	f := waitApp(t, h, "three steps of four runs", func(f string) bool { return strings.Count(f, " 3│") == 4 })
	checkFrame(t, f, 100, 30)
	golden.RequireEqual(t, f)
}

func TestTooSmallGolden(t *testing.T) {
	_, h := startApp(t, testOptions(t), 60, 20)
	f := waitApp(t, h, "too-small message", contains("terminal too small"))
	if !strings.Contains(f, "need 80×24, have 60×20") {
		t.Errorf("message should give both sizes:\n%s", f)
	}
	checkFrame(t, f, 60, 20)
	golden.RequireEqual(t, f)
}

func TestKeyMapOverlay(t *testing.T) {
	tm, h := startApp(t, testOptions(t), 100, 30)
	waitApp(t, h, "home", contains("The lab"))
	press(tm, "?")
	f := waitApp(t, h, "key map", contains("Everywhere"))
	checkFrame(t, f, 100, 30)
	press(tm, "esc")
	waitApp(t, h, "home again", contains("CHAPTERS"))
}

// TestEveryScreenAndBack opens each home entry and comes back with esc.
func TestEveryScreenAndBack(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		tm, h := startApp(t, testOptions(t), size[0], size[1])
		waitApp(t, h, "home", contains("The lab"))
		n := len(New(testOptions(t)).home.(*home).items)
		for i := 0; i < n; i++ {
			press(tm, "g")
			for j := 0; j < i; j++ {
				press(tm, "j")
			}
			press(tm, "enter")
			f := waitApp(t, h, "a screen other than home", func(f string) bool { return !strings.Contains(f, "descent · home") && f != "" })
			checkFrame(t, f, size[0], size[1])
			press(tm, "esc")
			waitApp(t, h, "home", contains("descent · home"))
		}
	}
}

func TestResizeFollowsAndQuitLeaves(t *testing.T) {
	tm, h := startApp(t, testOptions(t), 100, 30)
	waitApp(t, h, "home", contains("The lab"))
	tm.Send(tea.WindowSizeMsg{Width: 70, Height: 20})
	waitApp(t, h, "too small", contains("have 70×20"))
	tm.Send(tea.WindowSizeMsg{Width: 120, Height: 40})
	f := waitApp(t, h, "home at 120×40", contains("The lab"))
	checkFrame(t, f, 120, 40)
	press(tm, "q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

func TestCtrlCQuitsWhileTyping(t *testing.T) {
	tm, h := startApp(t, testOptions(t), 100, 30)
	waitApp(t, h, "home", contains("The lab"))
	press(tm, "G", "k", "enter")
	waitApp(t, h, "lab", contains("OPTIMIZERS"))
	// Expand the first optimizer, start typing its lr: q is now text…
	press(tm, "j", "j", "j", "j", "j", "enter", "j", "enter", "q")
	waitApp(t, h, "editing", contains("lr (0, ∞):"))
	// …but ctrl+c still quits.
	press(tm, "ctrl+c")
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

func TestContinueRemembersTheLastScreen(t *testing.T) {
	o := testOptions(t)
	tm, h := startApp(t, o, 100, 30)
	waitApp(t, h, "home", contains("The lab"))
	press(tm, "G", "k", "enter")
	waitApp(t, h, "lab", contains("OPTIMIZERS"))
	// The position is saved by a command; wait for the file.
	path := filepath.Join(o.StateDir, positionFile)
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, err := os.Stat(path); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("position file never written")
		}
		time.Sleep(10 * time.Millisecond)
	}
	_ = tm.Quit()

	_, h2 := startApp(t, o, 100, 30)
	waitApp(t, h2, "continue entry", contains("Continue: The lab"))
}

func TestCorruptPositionIsIgnored(t *testing.T) {
	o := testOptions(t)
	if err := os.WriteFile(filepath.Join(o.StateDir, positionFile), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, h := startApp(t, o, 100, 30)
	f := waitApp(t, h, "home", contains("The lab"))
	if strings.Contains(f, "Continue") {
		t.Errorf("a corrupt file should mean no continue entry:\n%s", f)
	}
}

func TestHomeShowsProgressFromTheRunnersState(t *testing.T) {
	o := testOptions(t)
	var all []runner.Exercise
	for _, e := range testCatalog() {
		if e.Chapter == "01-background" {
			all = append(all, e)
		}
	}
	if len(all) < 2 {
		t.Skip("chapter 1 has fewer than two exercises")
	}
	// A pass counts for the file that passed: record the files as they are.
	if err := runner.WritePristine(o.ExercisesDir); err != nil {
		t.Fatal(err)
	}
	var st runner.State
	for _, e := range all[:2] {
		src, err := os.ReadFile(filepath.Join(o.ExercisesDir, filepath.FromSlash(e.File)))
		if err != nil {
			t.Fatal(err)
		}
		st.Record(runner.Result{Exercise: e, Status: runner.Passed, SourceHash: runner.HashSource(src)})
	}
	if err := runner.SaveState(o.ExercisesDir, st); err != nil {
		t.Fatal(err)
	}
	_, h := startApp(t, o, 100, 30)
	want := fmt.Sprintf("2/%d", len(all))
	f := waitApp(t, h, "progress "+want, contains(want))
	if !strings.Contains(f, fmt.Sprintf("2/%d", len(testCatalog()))) {
		t.Errorf("the exercises entry should count the same passes:\n%s", f)
	}
}

// TestLabDatasetStepsGolden switches the lab to a network on a dataset and
// takes three single batches, without colour: the data as o and x (O and X
// held out for testing) under the first model's decision boundary, shaded
// by character, and the batch losses. Paused runs are deterministic.
func TestLabDatasetStepsGolden(t *testing.T) {
	o := testOptions(t)
	o.NoColor = true
	tm, h := startApp(t, o, 100, 30)
	waitApp(t, h, "home", contains("The lab"))
	press(tm, "G", "k", "enter")
	waitApp(t, h, "lab", contains("OPTIMIZERS"))
	press(tm, "l")
	waitApp(t, h, "dataset mode", contains("8,8 tanh"))
	press(tm, "n", "n", "n")
	f := waitApp(t, h, "three batches of four runs", func(f string) bool {
		return strings.Count(f, " 3│") == 4 && strings.Contains(f, "of ● sgd")
	})
	checkFrame(t, f, 100, 30)
	for _, want := range []string{"o", "x", "O", "X", "test 20%"} {
		if !strings.Contains(f, want) {
			t.Errorf("the picture lacks %q:\n%s", want, f)
		}
	}
	golden.RequireEqual(t, f)
}

// TestLabSaddleChosenStartGolden: on the saddle, a click on the map puts
// the start there (S), the legend says there is no minimum, and three
// single steps draw from it. Without colour, every run's trail is its own
// glyph.
func TestLabSaddleChosenStartGolden(t *testing.T) {
	o := testOptions(t)
	o.NoColor = true
	tm, h := startApp(t, o, 100, 30)
	waitApp(t, h, "home", contains("The lab"))
	press(tm, "G", "k", "enter")
	waitApp(t, h, "lab", contains("OPTIMIZERS"))
	press(tm, "j", "l", "l", "l")
	waitApp(t, h, "the saddle", contains("x² − y²"))
	// The map's first cell is at column 42 (a 34-column panel, a separator,
	// 7 columns of y coordinates) and row 2 (the app's header, the title).
	tm.Send(tea.MouseClickMsg{X: 48, Y: 9, Button: tea.MouseLeft})
	waitApp(t, h, "the new start", contains("S start (-1.55, -0.5)"))
	press(tm, "n", "n", "n")
	f := waitApp(t, h, "three steps of four runs", func(f string) bool { return strings.Count(f, " 3│") == 4 })
	checkFrame(t, f, 100, 30)
	if !strings.Contains(f, "no minimum: f → −∞") || strings.Contains(f, "* minimum") {
		t.Errorf("the saddle has no minimum and must say so:\n%s", f)
	}
	golden.RequireEqual(t, f)
}

// The lab offers the race of the learner's own optimizer: v on a run of
// SGD with momentum opens the momentum exercise's race.
func TestLabOffersTheRace(t *testing.T) {
	tm, h := startApp(t, testOptions(t), 100, 30)
	waitApp(t, h, "home", contains("The lab"))
	press(tm, "G", "k", "enter")
	f := waitApp(t, h, "lab", contains("OPTIMIZERS"))
	if !strings.Contains(f, "v race your code") {
		t.Errorf("the footer does not offer the race:\n%s", f)
	}
	press(tm, "j", "j", "j", "j", "j", "j", "v") // to ▲ sgd with momentum 0.9
	waitApp(t, h, "the race", contains("Race · your momentum vs the reference"))
}

// p in the lab saves the view as a PNG under a new name each time, and
// says where.
func TestLabSavesPictures(t *testing.T) {
	o := testOptions(t)
	o.exportDir = t.TempDir()
	tm, h := startApp(t, o, 100, 30)
	waitApp(t, h, "home", contains("The lab"))
	press(tm, "G", "k", "enter")
	waitApp(t, h, "lab", contains("OPTIMIZERS"))
	// The message wraps the path wherever the temporary directory's name
	// puts the break: wait for the files, not for their names on screen.
	waitFile := func(name string) {
		t.Helper()
		path := filepath.Join(o.exportDir, name)
		waitApp(t, h, name, func(string) bool {
			b, err := os.ReadFile(path)
			return err == nil && len(b) > 8
		})
	}
	press(tm, "n", "n", "n", "p")
	waitApp(t, h, "the message", contains("saved the picture to"))
	waitFile("descent-lab-rosenbrock-1.png")
	press(tm, "p")
	waitFile("descent-lab-rosenbrock-2.png")
	// Dataset mode: the points and the decision boundary.
	press(tm, "g", "l", "n", "n", "p")
	waitFile("descent-lab-circles-1.png")
	for _, n := range []string{"rosenbrock-1", "rosenbrock-2", "circles-1"} {
		b, err := os.ReadFile(filepath.Join(o.exportDir, "descent-lab-"+n+".png"))
		if err != nil || !strings.HasPrefix(string(b), "\x89PNG") {
			t.Errorf("picture %s: %v, %d bytes, not a PNG", n, err, len(b))
		}
	}
}
