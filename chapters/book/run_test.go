package book

import (
	"context"
	"math"
	"strings"
	"testing"
)

func TestCaptureKeepsTextThenLastFrame(t *testing.T) {
	var c Capture
	c.Printf("a=%d\n", 1)
	c.Frame("f1")
	c.Printf("b\n")
	c.Frame("f2")
	if got := c.String(); got != "a=1\nb\nf2\n" {
		t.Errorf("got %q", got)
	}
}

func TestRunCellRecoversFromPanic(t *testing.T) {
	cell := &Cell{ID: "boom", Run: func(ctx context.Context, in Inputs, out Output) error {
		out.Printf("before\n")
		var m map[string]int
		m["x"] = 1 // a bug in a chapter must not take the workbook down
		return nil
	}}
	out, err := RunDefault(context.Background(), cell)
	if err == nil || !strings.Contains(err.Error(), "boom panicked") || out != "before\n" {
		t.Errorf("got %q, %v", out, err)
	}
}

func TestExpandExercises(t *testing.T) {
	md := "# T\n\n## Exercises\n\n{{exercises}}\n\nAfter.\n"
	if !HasExercisesLine(md) {
		t.Fatal("line not found")
	}
	got := ExpandExercises(md, []ExerciseLink{{Name: "mse", Summary: "mean squared error", File: "ch01/mse.go"}})
	want := "# T\n\n## Exercises\n\n- **mse** (`exercises/ch01/mse.go`): mean squared error. Check it with `go run . check mse`.\n\nAfter.\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if got := ExpandExercises("{{exercises}}\n", nil); !strings.Contains(got, "No exercises") {
		t.Errorf("empty list: %q", got)
	}
}

func TestFindCellListsTheValidOnes(t *testing.T) {
	ch := &Chapter{Slug: "00-x", Cells: []Cell{{ID: "a"}, {ID: "b"}}}
	if c, err := ch.FindCell(" A "); err != nil || c.ID != "a" {
		t.Errorf("FindCell(A) = %v, %v", c, err)
	}
	if _, err := ch.FindCell("z"); err == nil || !strings.Contains(err.Error(), "valid: a, b") {
		t.Errorf("got %v", err)
	}
}

func TestStripANSI(t *testing.T) {
	if got := StripANSI("\x1b[94m■\x1b[0m sgd \x1b[38;5;252mx"); got != "■ sgd x" {
		t.Errorf("got %q", got)
	}
	out := Curves([]Series{{Name: "a", Values: []float64{1, 2}}, {Name: "b", Values: []float64{2, 1}}}, CurveOptions{Width: 10, Height: 3})
	if plain := StripANSI(out); !strings.Contains(plain, "─●─ a (ends at 2)") || !strings.Contains(plain, "━▲━ b (ends at 1)") {
		t.Errorf("legend should name each series and its last value:\n%s", StripANSI(out))
	}
}

func TestPathsDrawAndSurviveBadPoints(t *testing.T) {
	nan := math.NaN()
	out := Paths([]Path{
		{Name: "a", X: []float64{-1, 0, 1}, Y: []float64{-1, 0, 1}},
		{Name: "b", X: []float64{-1, nan, 5}, Y: []float64{-1, 0, math.Inf(1)}},
	}, PathOptions{Width: 10, Height: 5, XMin: -1, XMax: 1, YMin: -1, YMax: 1,
		Level: func(x, y float64) float64 { return x*x + y*y }, Mark: &[2]float64{0, 0}})
	for _, want := range []string{"1 a", "2 b", "S start", "* minimum", "*", "S"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q:\n%s", want, out)
		}
	}
	if got := Paths(nil, PathOptions{}); !strings.Contains(got, "no window") {
		t.Errorf("no window: %q", got)
	}
}

type figureCapture struct {
	Capture
	last Figure
	n    int
}

func (f *figureCapture) Figure(fig Figure) { f.last, f.n = fig, f.n+1 }

func TestFiguresReachOnlyOutputsThatKeepThem(t *testing.T) {
	series := []Series{{Name: "loss", Values: []float64{3, 2, 1}}}
	var plain Capture
	PrintCurves(&plain, series, CurveOptions{})
	if !strings.Contains(plain.String(), "loss") && plain.String() == "" {
		t.Error("PrintCurves printed nothing")
	}
	var kept figureCapture
	PrintCurves(&kept, series, CurveOptions{Caption: "c"})
	FrameCurves(&kept, series, CurveOptions{Caption: "live"})
	if kept.n != 2 || kept.last.CurveOptions.Caption != "live" || len(kept.last.Curves) != 1 {
		t.Errorf("figures kept: %d, last %+v", kept.n, kept.last)
	}
	PrintPaths(&kept, []Path{{Name: "gd", X: []float64{0, 1}, Y: []float64{0, 1}}}, PathOptions{XMin: -1, XMax: 2, YMin: -1, YMax: 2})
	if kept.n != 3 || len(kept.last.Paths) != 1 || kept.last.Curves != nil {
		t.Errorf("the path figure was not kept: %+v", kept.last)
	}
}
