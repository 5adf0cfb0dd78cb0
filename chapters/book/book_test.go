package book

import (
	"context"
	"math"
	"strings"
	"testing"
)

func TestCurvesNeverPanicOnBadValues(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	cases := [][]Series{
		nil,
		{{Name: "empty"}},
		{{Name: "inf", Values: []float64{inf, -inf, nan}}},
		{{Name: "ok", Values: []float64{3, 2, 1}}, {Name: "bad", Values: []float64{nan}}},
		{{Name: "flat", Values: []float64{1, 1, 1}}},
		{{Name: "gaps", Values: []float64{1, inf, 0.5, nan, 0.25}}},
	}
	for _, c := range cases {
		for _, logY := range []bool{false, true} {
			out := Curves(c, CurveOptions{Width: 20, Height: 5, LogY: logY})
			if out == "" {
				t.Errorf("empty output for %v", c)
			}
		}
	}
	out := Curves([]Series{{Name: "ok", Values: []float64{3, 2, 1}}, {Name: "bad", Values: []float64{nan}}}, CurveOptions{})
	if !strings.Contains(StripANSI(out), "━▲━ bad (no finite value to draw)") {
		t.Errorf("a series with nothing to draw must still be in the legend, saying so:\n%s", out)
	}
}

func TestCurvesLogAxisShowsRealValues(t *testing.T) {
	out := Curves([]Series{{Name: "loss", Values: []float64{100, 10, 1, 0.1}}}, CurveOptions{Width: 10, Height: 4, LogY: true})
	if !strings.Contains(out, "10 ┤") || !strings.Contains(out, "0.1 ┤") || !strings.Contains(out, "log scale") {
		t.Errorf("log axis should be labelled in real values:\n%s", out)
	}
}

func TestTableAligns(t *testing.T) {
	got := Table([]string{"η", "loss"}, [][]string{{"0.1", "2.5"}, {"0.45", "0.001"}})
	want := "η     loss\n────  ─────\n0.1   2.5\n0.45  0.001\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestParamsParseAndDescribeTheirRange(t *testing.T) {
	lr := Param{Name: "lr", Kind: Float, Default: 0.1, Min: 1e-4, Max: 1}
	steps := Param{Name: "steps", Kind: Int, Default: 50, Min: 1, Max: 1000}
	opt := Param{Name: "opt", Kind: Choice, Choices: []string{"sgd", "adam"}, Choice: "sgd"}
	nest := Param{Name: "nesterov", Kind: Bool}
	params := []Param{lr, steps, opt, nest}
	in := Defaults(params)
	if in.Float("lr") != 0.1 || in.Int("steps") != 50 || in.Choice("opt") != "sgd" || in.Bool("nesterov") {
		t.Fatalf("defaults wrong: %+v", in)
	}
	in2, err := in.With(params, "opt", "ADAM")
	if err != nil || in2.Choice("opt") != "adam" || in.Choice("opt") != "sgd" {
		t.Errorf("With should copy and normalise choices: %v %v", in2.Choice("opt"), err)
	}
	bad := []struct{ name, value, want string }{
		{"lr", "2", "[0.0001, 1]"},
		{"lr", "NaN", "not a finite number"},
		{"steps", "2.5", "whole number"},
		{"opt", "lbfgs", "one of sgd, adam"},
		{"nesterov", "maybe", "true or false"},
		{"momentum", "0.9", "this cell takes --lr, --steps, --opt, --nesterov"},
	}
	for _, b := range bad {
		if _, err := in.With(params, b.name, b.value); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("--%s %s: got %v, want an error containing %q", b.name, b.value, err, b.want)
		}
	}
}

const sampleSource = `package x

// runDemo prints hello.
func runDemo() {
	println("hello")
}

func other() {}
`

func TestFuncSourceTakesTheRealFunction(t *testing.T) {
	got, err := FuncSource([]byte(sampleSource), "runDemo")
	if err != nil {
		t.Fatal(err)
	}
	want := "// runDemo prints hello.\nfunc runDemo() {\n\tprintln(\"hello\")\n}"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := FuncSource([]byte(sampleSource), "missing"); err == nil {
		t.Error("a missing function must be an error")
	}
}

func TestSegmentsAndValidate(t *testing.T) {
	run := func(ctx context.Context, in Inputs, out Output) error { return nil }
	c := &Chapter{
		Slug:     "00-test",
		Markdown: "# Title\n\nIntro.\n\n{{cell a}}\n\nMiddle.\n{{cell b}}\n",
		Cells:    []Cell{{ID: "a", Run: run, Source: "x"}, {ID: "b", Run: run, Source: "y"}},
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	segs := c.Segments()
	if len(segs) != 4 || segs[1].Cell.ID != "a" || segs[3].Cell.ID != "b" || !strings.Contains(segs[2].Prose, "Middle") {
		t.Errorf("segments wrong: %+v", segs)
	}
	c.Markdown = "{{cell a}}\n{{cell zzz}}\n"
	err := c.Validate()
	if err == nil || !strings.Contains(err.Error(), `unknown cell "zzz"`) || !strings.Contains(err.Error(), `"b" is placed 0 times`) {
		t.Errorf("validate should name both problems, got %v", err)
	}
}
