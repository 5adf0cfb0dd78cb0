package book

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/guptarohit/asciigraph"
)

// A Series is one named curve.
type Series struct {
	Name   string
	Values []float64
}

// CurveOptions shape a plot. Zero values pick sensible defaults.
type CurveOptions struct {
	Width, Height int    // plot area in cells (default 60 × 12)
	LogY          bool   // plot log₁₀ of the values; the axis shows the real values
	Caption       string // under the plot
}

// Curves draws one or more series in one ASCII chart with a legend.
//
// asciigraph panics on ±Inf and draws nothing useful for an empty series,
// so values that are not finite (or not positive, on a log scale) become
// gaps, and a series with no drawable value is left out and named in the
// caption. It never panics.
func Curves(series []Series, o CurveOptions) string {
	if o.Width <= 0 {
		o.Width = 60
	}
	if o.Height <= 0 {
		o.Height = 12
	}
	var data [][]float64
	var names, skipped []string
	for _, s := range series {
		clean, ok := drawable(s.Values, o.LogY)
		if !ok {
			skipped = append(skipped, s.Name)
			continue
		}
		data = append(data, clean)
		names = append(names, s.Name)
	}
	caption := o.Caption
	if len(skipped) > 0 {
		note := "no finite values: " + strings.Join(skipped, ", ")
		caption = strings.TrimSpace(caption + "  (" + note + ")")
	}
	if len(data) == 0 {
		return "(nothing to plot: " + strings.Join(skipped, ", ") + " had no finite values)\n"
	}
	opts := []asciigraph.Option{
		asciigraph.Width(o.Width),
		asciigraph.Height(o.Height),
	}
	if lo, hi := valueRange(data); lo == hi {
		// A flat line: give the axis some room so labels differ.
		opts = append(opts, asciigraph.LowerBound(lo-1), asciigraph.UpperBound(hi+1))
	}
	if o.LogY {
		opts = append(opts, asciigraph.YAxisValueFormatter(func(v float64) string {
			return fmt.Sprintf("%8.2g", math.Pow(10, v))
		}))
	}
	if caption != "" {
		opts = append(opts, asciigraph.Caption(caption))
	}
	if len(names) == 1 {
		return asciigraph.PlotMany(data, opts...) + "\n"
	}
	// Several series: each gets a colour, and the legend (ours, not
	// asciigraph's) names the colour and the series' last finite value, so
	// a reader without colour (plain Markdown, NO_COLOR) can still tell the
	// curves apart by where they end.
	colors := make([]asciigraph.AnsiColor, len(data))
	var legend strings.Builder
	for i := range data {
		colors[i] = seriesColors[i%len(seriesColors)]
		if i > 0 {
			legend.WriteString("   ")
		}
		fmt.Fprintf(&legend, "%s■%s %s (ends at %s)", colors[i], asciigraph.Default, names[i], lastFinite(series, names[i]))
	}
	opts = append(opts, asciigraph.SeriesColors(colors...))
	return asciigraph.PlotMany(data, opts...) + "\n" + legend.String() + "\n"
}

// seriesColors are distinct on dark and light terminals alike.
var seriesColors = []asciigraph.AnsiColor{asciigraph.Blue, asciigraph.Red, asciigraph.Green, asciigraph.Goldenrod, asciigraph.Magenta, asciigraph.Cyan}

// lastFinite formats the last finite value of the named series.
func lastFinite(series []Series, name string) string {
	for _, s := range series {
		if s.Name != name {
			continue
		}
		for i := len(s.Values) - 1; i >= 0; i-- {
			if v := s.Values[i]; !math.IsNaN(v) && !math.IsInf(v, 0) {
				return fmt.Sprintf("%.3g", v)
			}
		}
	}
	return "—"
}

var ansiEscape = regexp.MustCompile("\x1b\\[[0-9;]*[A-Za-z]")

// StripANSI removes colour codes, for outputs headed to a file, a pipe or a
// terminal that asked for no colour (NO_COLOR). Cell outputs may contain
// them: Curves colours each series when it draws several.
func StripANSI(s string) string { return ansiEscape.ReplaceAllString(s, "") }

// drawable returns the values ready to plot, with gaps as NaN, and whether
// at least one remains.
func drawable(values []float64, logY bool) ([]float64, bool) {
	out := make([]float64, len(values))
	any := false
	for i, v := range values {
		switch {
		case math.IsNaN(v) || math.IsInf(v, 0):
			v = math.NaN()
		case logY && v <= 0:
			v = math.NaN()
		case logY:
			v = math.Log10(v)
		}
		out[i] = v
		if !math.IsNaN(v) {
			any = true
		}
	}
	return out, any
}

func valueRange(data [][]float64) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, s := range data {
		for _, v := range s {
			if !math.IsNaN(v) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	return lo, hi
}

// Table formats rows under a header, columns padded to line up. Numbers
// are the caller's to format, so a table shows what the prose quotes.
func Table(header []string, rows [][]string) string {
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = len([]rune(h))
	}
	for _, r := range rows {
		for i := range r {
			if i < len(widths) && len([]rune(r[i])) > widths[i] {
				widths[i] = len([]rune(r[i]))
			}
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		for i := range widths {
			cell := ""
			if i < len(cells) {
				cell = cells[i]
			}
			pad := widths[i] - len([]rune(cell))
			if i > 0 {
				b.WriteString("  ")
			}
			b.WriteString(cell)
			if i < len(widths)-1 {
				b.WriteString(strings.Repeat(" ", pad))
			}
		}
		b.WriteString("\n")
	}
	line(header)
	rule := make([]string, len(header))
	for i, w := range widths {
		rule[i] = strings.Repeat("─", w)
	}
	line(rule)
	for _, r := range rows {
		line(r)
	}
	return b.String()
}
