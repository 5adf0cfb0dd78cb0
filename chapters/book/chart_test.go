package book

import (
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// sixSweeps are |θ| over 20 steps of gradient descent on (L/2)·θ² for six
// learning rates: slow, fast, one step to 0 (which a log scale cannot
// draw after step 0), oscillating, bouncing forever, diverging.
func sixSweeps() []Series {
	var out []Series
	for _, k := range []float64{0.04, 0.4, 1, 1.8, 2, 2.2} {
		theta, vals := 1.0, []float64{1}
		for range 20 {
			theta -= k * theta
			vals = append(vals, math.Abs(theta))
		}
		out = append(out, Series{Name: "η=" + axisNumber(k/4), Values: vals})
	}
	return out
}

// Six series without colour: each has its own marker and line style, on
// the chart and in the legend, and none is left out.
func TestCurvesSixSeriesWithoutColour(t *testing.T) {
	out := StripANSI(Curves(sixSweeps(), CurveOptions{Width: 60, Height: 12, LogY: true,
		Caption: "|θ| per step", XLabel: "step"}))
	chart, legend, _ := strings.Cut(out, "|θ| per step")
	seen := map[string]bool{}
	for i, s := range sixSweeps() {
		sample := Sample(i)
		if seen[sample] {
			t.Errorf("series %d shares its legend sample %s", i, sample)
		}
		seen[sample] = true
		if !strings.Contains(legend, sample+" "+s.Name) {
			t.Errorf("the legend lacks %q:\n%s", sample+" "+s.Name, legend)
		}
		if !strings.ContainsRune(chart, Marker(i)) {
			t.Errorf("the chart never draws %s's marker %c:\n%s", s.Name, Marker(i), chart)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if n := len([]rune(l)); n > 70 {
			t.Errorf("line of %d columns (the chart promises 60 + 10): %q", n, l)
		}
	}
	golden.RequireEqual(t, out)
}
