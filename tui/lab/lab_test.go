package lab

import (
	"math"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
)

// Legend names say which setting tells two runs of one kind apart, and are
// unique even for two runs set up the same.
func TestNamesSayWhatDiffers(t *testing.T) {
	got := names([]RunSpec{
		{Kind: "sgd", Values: map[string]float64{"lr": 0.001}},
		{Kind: "sgd", Values: map[string]float64{"lr": 0.001, "momentum": 0.9}},
		{Kind: "adam", Values: map[string]float64{"lr": 0.05}},
		{Kind: "adam", Values: map[string]float64{"lr": 0.05}},
		{Kind: "rmsprop", Values: map[string]float64{}, Schedule: "cosine", Clip: "norm", ClipLimit: 1},
	})
	want := []string{"sgd", "sgd m=0.9", "adam", "adam #2", "rmsprop +cosine clip‖g‖≤1"}
	if !slices.Equal(got, want) {
		t.Errorf("names = %q, want %q", got, want)
	}
}

// A schedule sets the learning rate before each step; clipping bounds the
// gradient the optimizer sees, never the caller's.
func TestScheduleAndClippingReachTheOptimizer(t *testing.T) {
	rs := RunSpec{Kind: "sgd", Values: map[string]float64{"lr": 1}, Schedule: "step",
		SchedValues: map[string]float64{"step_size": 1, "gamma": 0.5}, Clip: "value", ClipLimit: 2}
	opt, err := rs.build()
	if err != nil {
		t.Fatal(err)
	}
	theta, grad := []float64{0}, []float64{10}
	opt.Step(theta, grad) // η = 1, g clipped to 2
	opt.Step(theta, grad) // η = 0.5
	if theta[0] != -3 || grad[0] != 10 {
		t.Errorf("θ = %g (want -3: 1·2 + 0.5·2), grad = %g (want 10, untouched)", theta[0], grad[0])
	}
	if _, err := (RunSpec{Kind: "sgd", Clip: "norm", ClipLimit: -1}).build(); err == nil {
		t.Error("a negative clip limit was accepted")
	}
}

// On the saddle nothing wins: the summary names the first run to escape,
// never "lowest loss -5.7e+23".
func TestSaddleHasNoWinner(t *testing.T) {
	m := New(Options{NoColor: true})
	m.surfIdx = slices.Index(surface.Names(), "saddle")
	m.setSurface()
	s := m.surface
	m.snaps = [][]train.Point{
		{{Step: 0, X: -1, Y: 0.001, Loss: s.Value(-1, 0.001)}, {Step: 5, X: 0, Y: 30, Loss: -900}},
		{{Step: 0, X: -1, Y: 0.001, Loss: s.Value(-1, 0.001)}, {Step: 1, X: 0, Y: 1e12, Loss: -1e24}},
	}
	m.runs = m.runs[:2]
	m.statuses = []train.Status{train.OK, train.OK}
	got := m.summary()
	if strings.Contains(got, "lowest") || !strings.Contains(got, "no winner") || !strings.Contains(got, "sgd m=0.9 at step 1") {
		t.Errorf("summary on the saddle: %q", got)
	}
}

// A run whose point has left the view is marked by an arrow at the edge,
// pointing the way it went, and the legend says so.
func TestPathsThatLeaveTheMapAreMarked(t *testing.T) {
	win := surface.Window{XMin: -1, XMax: 1, YMin: -1, YMax: 1}
	for _, c := range []struct {
		x, y  float64
		arrow rune
	}{{5, 0, '→'}, {0, -5, '↓'}, {-5, 5, '↖'}, {math.Inf(1), 0, '→'}} {
		col, row, arrow, ok := edgeArrow(win, 20, 10, c.x, c.y)
		if !ok || arrow != c.arrow || col < 0 || col >= 20 || row < 0 || row >= 10 {
			t.Errorf("(%g, %g): %c at (%d, %d) ok=%v, want %c on the map's edge", c.x, c.y, arrow, col, row, ok, c.arrow)
		}
	}
	if _, _, _, ok := edgeArrow(win, 20, 10, 0.5, 0.5); ok {
		t.Error("a point inside the view got an arrow")
	}
}

// The ellipse's κ is a knob; typing a value rebuilds the surface with it.
func TestKappaIsAKnob(t *testing.T) {
	m := New(Options{NoColor: true})
	m.SetSize(100, 28)
	m.surfIdx = slices.Index(surface.Names(), "ellipse")
	m.setSurface()
	rows := m.rows()
	k := slices.IndexFunc(rows, func(r row) bool { return r.kind == rowKappa })
	if k < 0 {
		t.Fatal("no κ row on the ellipse")
	}
	m.cursor = k
	m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	for _, c := range "250" {
		m.Update(tea.KeyPressMsg{Code: c, Text: string(c)})
	}
	m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if !strings.Contains(m.surface.Formula, "250") {
		t.Errorf("κ = 250 typed, the surface is %s", m.surface.Formula)
	}
	if v := m.View(); !strings.Contains(v, "‹ 250 ›") {
		t.Errorf("the panel does not show κ = 250:\n%s", v)
	}
}

// The panel offers a schedule and clipping for each run.
func TestEveryRunHasScheduleAndClipRows(t *testing.T) {
	m := New(Options{NoColor: true})
	m.expanded = 0
	var kinds []int
	for _, r := range m.rows() {
		kinds = append(kinds, r.kind)
	}
	if !slices.Contains(kinds, rowSched) || !slices.Contains(kinds, rowClip) {
		t.Fatalf("an open run lacks schedule or clip rows: %v", kinds)
	}
	s := slices.Index(kinds, rowSched)
	m.cursor = s
	m.Update(tea.KeyPressMsg{Code: tea.KeyRight})
	if m.runs[0].Schedule != optim.ScheduleKinds()[1] {
		t.Errorf("→ on the schedule row gave %q", m.runs[0].Schedule)
	}
	if _, err := m.runs[0].build(); err != nil {
		t.Errorf("the run no longer builds: %v", err)
	}
}

// The moving average starts at the first loss (bias-corrected, as
// TensorBoard's smoothing is) and follows a step change smoothly.
func TestEMAStartsAtTheFirstLossAndSmooths(t *testing.T) {
	pts := []train.Point{{Loss: 4}, {Loss: 4}, {Loss: 0}, {Loss: 0}}
	got := ema(pts)
	if got[0] != 4 || got[1] != 4 || !(got[2] > 0 && got[2] < 4) || !(got[3] < got[2]) {
		t.Errorf("ema = %v", got)
	}
}
