package book

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"unicode/utf8"
)

// A Series is one named curve.
type Series struct {
	Name   string
	Values []float64
}

// CurveOptions shape a plot. Zero values pick sensible defaults.
type CurveOptions struct {
	Width, Height int    // plot area in cells (default 60 × 12); labels take up to 10 more columns
	LogY          bool   // plot log₁₀ of the values; the axis shows the real values
	Scale         Scale  // Linear (the default), Log or SymLog; LogY also means Log
	Caption       string // under the plot
	XLabel        string // what the x axis counts ("step", "epoch"), said under it
}

// Curves draws one or more series in one chart with a legend.
//
// Every series is drawn with its own marker (● ▲ ■ ◆ ★ ✚) and line style
// (light, heavy, double), on the line and in the legend, so the chart reads
// without colour (NO_COLOR, a pipe, a screen reader's braille display);
// colour is added on top. Every series given is in the legend: one with
// nothing drawable (no finite value, or none above 0 on a log scale) says
// so there instead of vanishing, and values the scale cannot show are
// counted under the chart. It never panics.
func Curves(series []Series, o CurveOptions) string {
	if o.Width <= 0 {
		o.Width = 60
	}
	if o.Height <= 0 {
		o.Height = 12
	}
	scale := o.Scale
	if o.LogY && scale == Linear {
		scale = Log
	}
	p := Plot{Width: o.Width + 10, Height: o.Height + 2, Scale: scale}
	for _, s := range series {
		p.Lines = append(p.Lines, Line{Name: s.Name, Y: s.Values})
	}
	any := false
	for i := range p.Lines {
		any = any || p.Drawable(i)
	}
	var b strings.Builder
	if !any {
		names := make([]string, len(series))
		for i, s := range series {
			names[i] = s.Name
		}
		what := "finite values"
		if scale == Log {
			what = "finite values above 0 (the scale is logarithmic)"
		}
		return "(nothing to plot: " + strings.Join(names, ", ") + " had no " + what + ")\n"
	}
	p.Paint = func(i int, s string) string {
		if i < 0 || len(series) < 2 {
			return s
		}
		return seriesColors[i%len(seriesColors)] + s + "\x1b[0m"
	}
	for _, r := range p.Rows() {
		b.WriteString(strings.TrimRight(r, " ") + "\n")
	}
	width := p.Width
	var notes []string
	if o.XLabel != "" {
		notes = append(notes, "x: "+o.XLabel)
	}
	if scale != Linear && !strings.Contains(o.Caption, "log scale") {
		notes = append(notes, "y: "+scale.String()+" scale")
	}
	caption := o.Caption
	if len(notes) > 0 && (len(series) > 1 || scale != Linear || caption == "") {
		caption = strings.TrimSpace(caption + "  (" + strings.Join(notes, "; ") + ")")
	}
	if caption != "" {
		for _, l := range wrapWords(caption, width) {
			b.WriteString(strings.Repeat(" ", 2) + l + "\n")
		}
	}
	if len(series) == 1 && series[0].Name == "" {
		return b.String()
	}
	legend := func(i int) string {
		entry := Sample(i) + " " + series[i].Name
		if !p.Drawable(i) {
			if scale == Log {
				return entry + " (nothing above 0 to draw on a log scale)"
			}
			return entry + " (no finite value to draw)"
		}
		entry += " (ends at " + lastFinite(series, i)
		one := Plot{Scale: scale, Lines: p.Lines[i : i+1]}
		if np, nf := one.Hidden(); np > 0 {
			entry += fmt.Sprintf("; %d value(s) ≤ 0 not drawn", np)
		} else if nf > 0 {
			entry += fmt.Sprintf("; %d value(s) not finite, not drawn", nf)
		}
		return entry + ")"
	}
	for _, l := range LegendLines(len(series), width, legend, func(s string) int { return utf8.RuneCountInString(s) }) {
		b.WriteString(l + "\n")
	}
	return b.String()
}

// seriesColors are distinct on dark and light terminals alike: blue, red,
// green, yellow, magenta, cyan.
var seriesColors = []string{"\x1b[34m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[35m", "\x1b[36m"}

// lastFinite formats the last finite value of series i.
func lastFinite(series []Series, i int) string {
	s := series[i]
	for k := len(s.Values) - 1; k >= 0; k-- {
		if v := s.Values[k]; !math.IsNaN(v) && !math.IsInf(v, 0) {
			return fmt.Sprintf("%.3g", v)
		}
	}
	return "—"
}

// wrapWords breaks text at spaces into lines of at most width runes (a
// longer word keeps a line of its own).
func wrapWords(text string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			out = append(out, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}

var ansiEscape = regexp.MustCompile("\x1b\\[[0-9;]*[A-Za-z]")

// StripANSI removes colour codes, for outputs headed to a file, a pipe or a
// terminal that asked for no colour (NO_COLOR). Cell outputs may contain
// them: Curves colours each series when it draws several.
func StripANSI(s string) string { return ansiEscape.ReplaceAllString(s, "") }

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
