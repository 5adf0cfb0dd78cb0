package book

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A Scale maps values to heights on a chart's y axis.
type Scale int

const (
	// Linear plots values as they are; zero and negative values are fine.
	Linear Scale = iota
	// Log plots log₁₀ of the values. Values ≤ 0 cannot be drawn: they are
	// left as gaps, and a chart that has any says so.
	Log
	// SymLog is a symmetric log scale: sign(v)·log₁₀(1 + |v|/c), linear
	// near zero and logarithmic beyond ±c. It draws losses that pass
	// through zero or go negative (an unbounded surface) honestly.
	SymLog
)

func (s Scale) String() string {
	switch s {
	case Log:
		return "log"
	case SymLog:
		return "symmetric log"
	}
	return "linear"
}

// A Line is one series of a Plot: Y against X (X nil means 0, 1, 2, …).
// NaN and ±Inf in Y are gaps.
type Line struct {
	Name string
	X, Y []float64
}

// Markers tell up to six series apart without colour: each series draws
// its marker along its line (and at its last point) and the legend shows
// it. LineStyles do the same for the line itself.
var Markers = []rune{'●', '▲', '■', '◆', '★', '✚'}

// A lineStyle is the set of box-drawing characters one series is drawn
// with: horizontal, vertical, and the four corners ╭ ╮ ╰ ╯.
type lineStyle struct{ h, v, downRight, downLeft, upRight, upLeft rune }

// LineStyles are light, heavy and double lines, in turn.
var lineStyles = []lineStyle{
	{'─', '│', '╭', '╮', '╰', '╯'},
	{'━', '┃', '┏', '┓', '┗', '┛'},
	{'═', '║', '╔', '╗', '╚', '╝'},
}

// A Plot is a line chart drawn with characters: the engine under Curves,
// and the lab's and the race's charts. Every series differs from the others
// by marker and line style, so the chart reads without colour; Paint, when
// set, adds colour on top.
type Plot struct {
	Width, Height int // the whole chart, axis labels included, in cells
	Scale         Scale
	// XMin and XMax are the x axis' range; when XMax ≤ XMin it is taken
	// from the data.
	XMin, XMax float64
	Lines      []Line
	// Paint, when not nil, styles the text s drawn for series i (i < 0 is
	// the axes). It must not change the text's width.
	Paint func(i int, s string) string
	// XLabel formats the x axis' tick labels (nil: compact numbers).
	XLabel func(x float64) string
}

// cell is one character of the grid: a rune and whose it is (-1: axes).
type cell struct {
	r     rune
	owner int
}

// Marker is series i's marker.
func Marker(i int) rune { return Markers[i%len(Markers)] }

// Sample is series i's legend sample, e.g. "─●─" or "━▲━".
func Sample(i int) string {
	st := lineStyles[i%len(lineStyles)]
	return string([]rune{st.h, Marker(i), st.h})
}

// transform applies the scale; ok is false for a value it cannot draw.
func (p Plot) transform(v, c float64) (float64, bool) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	switch p.Scale {
	case Log:
		if v <= 0 {
			return 0, false
		}
		return math.Log10(v), true
	case SymLog:
		return math.Copysign(math.Log10(1+math.Abs(v)/c), v), true
	}
	return v, true
}

func (p Plot) inverse(t, c float64) float64 {
	switch p.Scale {
	case Log:
		return math.Pow(10, t)
	case SymLog:
		return math.Copysign(c*(math.Pow(10, math.Abs(t))-1), t)
	}
	return t
}

// symlogConstant is where SymLog turns from linear to logarithmic: the
// power of ten at or below the smallest non-zero |value|, at least 1e-6.
func symlogConstant(lines []Line) float64 {
	small := math.Inf(1)
	for _, l := range lines {
		for _, v := range l.Y {
			if a := math.Abs(v); a > 0 && a < small && !math.IsInf(a, 0) {
				small = a
			}
		}
	}
	if math.IsInf(small, 1) {
		return 1
	}
	return math.Max(math.Pow(10, math.Floor(math.Log10(small))), 1e-6)
}

// Hidden counts the values the scale cannot draw (≤ 0 on a log scale) and
// the non-finite ones, over every series.
func (p Plot) Hidden() (notPositive, notFinite int) {
	for _, l := range p.Lines {
		for _, v := range l.Y {
			switch {
			case math.IsNaN(v) || math.IsInf(v, 0):
				notFinite++
			case p.Scale == Log && v <= 0:
				notPositive++
			}
		}
	}
	return notPositive, notFinite
}

// Drawable reports whether series i has at least one value the scale can
// draw.
func (p Plot) Drawable(i int) bool {
	c := symlogConstant(p.Lines)
	for _, v := range p.Lines[i].Y {
		if _, ok := p.transform(v, c); ok {
			return true
		}
	}
	return false
}

// Rows draws the chart: exactly Height lines of exactly Width cells (fewer
// when the size is too small to draw anything), y labels on the left, an x
// axis with tick labels at the bottom.
func (p Plot) Rows() []string {
	w, h := p.Width, p.Height
	plotH := h - 2 // the x axis and its labels
	if w < 12 || plotH < 2 {
		return nil
	}
	c := symlogConstant(p.Lines)
	// The y range over every drawable value.
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, l := range p.Lines {
		for _, v := range l.Y {
			if t, ok := p.transform(v, c); ok {
				lo, hi = math.Min(lo, t), math.Max(hi, t)
			}
		}
	}
	if math.IsInf(lo, 1) { // nothing to draw: an empty frame
		lo, hi = 0, 1
	}
	if hi-lo < 1e-12*math.Max(1, math.Abs(hi)) {
		lo, hi = lo-1, hi+1 // a flat line: room so the labels differ
	}
	// x range.
	xmin, xmax := p.XMin, p.XMax
	if !(xmax > xmin) {
		xmin, xmax = math.Inf(1), math.Inf(-1)
		for _, l := range p.Lines {
			n := len(l.Y)
			if n == 0 {
				continue
			}
			xmin = math.Min(xmin, xAt(l, 0))
			xmax = math.Max(xmax, xAt(l, n-1))
		}
		if !(xmax > xmin) {
			xmin, xmax = 0, math.Max(xmin, 0)+1
		}
	}
	rowOf := func(t float64) int {
		return clampInt(int(math.Round((hi-t)/(hi-lo)*float64(plotH-1))), 0, plotH-1)
	}
	// y labels: round numbers at their own rows; failing that, about every
	// third row, the top and the bottom labelled with their values.
	labels := make([]string, plotH)
	if ticks := p.ticks(lo, hi, c, plotH); ticks != nil {
		for _, v := range ticks {
			tv, _ := p.transform(v, c)
			if r := rowOf(tv); labels[r] == "" {
				labels[r] = axisNumber(v)
			}
		}
		// The top and bottom rows hold the largest and smallest values
		// drawn: say them, unless a round number sits right beside.
		for _, r := range []int{0, plotH - 1} {
			near := labels[r] != "" || (r == 0 && labels[1] != "") || (r > 0 && labels[r-1] != "")
			if !near {
				labels[r] = axisNumber(p.inverse(hi-float64(r)/float64(plotH-1)*(hi-lo), c))
			}
		}
	} else {
		every := max(2, plotH/4)
		for r := 0; r < plotH; r++ {
			if r%every == 0 || r == plotH-1 {
				labels[r] = axisNumber(p.inverse(hi-float64(r)/float64(plotH-1)*(hi-lo), c))
			}
		}
	}
	labelW := 0
	for _, l := range labels {
		labelW = max(labelW, utf8.RuneCountInString(l))
	}
	plotW := w - labelW - 2
	if plotW < 4 {
		return nil
	}
	grid := make([][]cell, plotH)
	for r := range grid {
		grid[r] = make([]cell, plotW)
		for k := range grid[r] {
			grid[r][k] = cell{' ', -1}
		}
	}
	colX := func(col int) float64 { // the x at the right edge of a column
		if plotW == 1 {
			return xmax
		}
		return xmin + float64(col)/float64(plotW-1)*(xmax-xmin)
	}
	// Each series' row per column (−1: nothing there).
	rows := make([][]int, len(p.Lines))
	for i, l := range p.Lines {
		rows[i] = columnRows(l, plotW, colX, func(v float64) (float64, bool) { return p.transform(v, c) }, rowOf)
	}
	for i := range p.Lines {
		st := lineStyles[i%len(lineStyles)]
		prev := -1
		for col, r := range rows[i] {
			if r < 0 {
				prev = -1
				continue
			}
			set := func(row int, ch rune) { grid[row][col] = cell{ch, i} }
			switch {
			case prev < 0 || prev == r:
				set(r, st.h)
			case r < prev: // up
				set(prev, st.upLeft)
				for k := r + 1; k < prev; k++ {
					set(k, st.v)
				}
				set(r, st.downRight)
			default: // down
				set(prev, st.downLeft)
				for k := prev + 1; k < r; k++ {
					set(k, st.v)
				}
				set(r, st.upRight)
			}
			prev = r
		}
	}
	// Markers, after every line so no line covers one: spaced along each
	// series (staggered so two series rarely share a column) and at its
	// last point.
	spacing := clampInt(plotW/6, 6, 14)
	for i := range p.Lines {
		offset := i * spacing / max(len(p.Lines), 1)
		last := -1
		for col, r := range rows[i] {
			if r < 0 {
				continue
			}
			last = col
			if (col+spacing-offset)%spacing == 0 {
				grid[r][col] = cell{Marker(i), i}
			}
		}
		if last >= 0 {
			grid[rows[i][last]][last] = cell{Marker(i), i}
		}
	}
	paint := p.Paint
	if paint == nil {
		paint = func(_ int, s string) string { return s }
	}
	out := make([]string, 0, h)
	for r := 0; r < plotH; r++ {
		var b strings.Builder
		b.WriteString(strings.Repeat(" ", labelW-utf8.RuneCountInString(labels[r])))
		b.WriteString(paint(-1, labels[r]))
		tick := " │"
		if labels[r] != "" {
			tick = " ┤"
		}
		b.WriteString(paint(-1, tick))
		// Runs of one owner are painted together.
		runStart := 0
		for k := 1; k <= plotW; k++ {
			if k == plotW || grid[r][k].owner != grid[r][runStart].owner {
				var s strings.Builder
				for _, cl := range grid[r][runStart:k] {
					s.WriteRune(cl.r)
				}
				if o := grid[r][runStart].owner; o >= 0 {
					b.WriteString(paint(o, s.String()))
				} else {
					b.WriteString(s.String())
				}
				runStart = k
			}
		}
		out = append(out, b.String())
	}
	// The x axis: ticks under about every 12 columns, labels under them.
	ticks := clampInt(plotW/12, 1, 8)
	axis := []rune(strings.Repeat("─", plotW))
	under := []rune(strings.Repeat(" ", labelW+2+plotW))
	xlabel := p.XLabel
	if xlabel == nil {
		xlabel = axisNumber
		whole := true // x is the index: label whole numbers only
		for _, l := range p.Lines {
			whole = whole && l.X == nil
		}
		if whole {
			xlabel = func(x float64) string { return axisNumber(math.Round(x)) }
		}
	}
	// Tick at round numbers (multiples of 1, 2 or 5 × 10ᵏ) when the x axis
	// is a plain count or a range; the first and last columns always.
	type tick struct {
		col   int
		label string
	}
	var marks []tick
	if p.XLabel == nil {
		step := niceStep((xmax - xmin) / float64(ticks))
		for v := math.Ceil(xmin/step) * step; step > 0 && v <= xmax+step*1e-9; v += step {
			col := int(math.Round((v - xmin) / (xmax - xmin) * float64(plotW-1)))
			if col >= 0 && col < plotW {
				marks = append(marks, tick{col, axisNumber(v)})
			}
		}
	}
	// The axis' end says where it ends when no round number is near it.
	if n := len(marks); n >= 2 && marks[n-1].col < plotW-1-8 {
		marks = append(marks, tick{plotW - 1, xlabel(xmax)})
	}
	if len(marks) < 2 {
		marks = nil
		for k := 0; k <= ticks; k++ {
			col := k * (plotW - 1) / ticks
			marks = append(marks, tick{col, xlabel(colX(col))})
		}
	}
	lastEnd, lastLabel := -1, ""
	for k, m := range marks {
		if m.label == lastLabel {
			continue
		}
		lastLabel = m.label
		axis[m.col] = '┬'
		s := []rune(m.label)
		start := labelW + 2 + m.col - len(s)/2
		if m.col == 0 {
			start = labelW + 2
		}
		if k == len(marks)-1 && start+len(s) > len(under) {
			start = len(under) - len(s)
		}
		if start <= lastEnd || start < 0 || start+len(s) > len(under) {
			continue
		}
		copy(under[start:], s)
		lastEnd = start + len(s)
	}
	out = append(out, paint(-1, strings.Repeat(" ", labelW)+" └"+string(axis)))
	out = append(out, paint(-1, string(under)))
	return out
}

// xAt is the x of a line's k-th value.
func xAt(l Line, k int) float64 {
	if l.X != nil && k < len(l.X) {
		return l.X[k]
	}
	return float64(k)
}

// columnRows gives, per column, the row of the series' value there: the
// last value whose x falls in the column, or, where the series crosses a
// column without a value of its own, the row interpolated between its
// neighbours (in the scale's space, so a log chart bends as it should).
// Columns the series does not reach are −1, as are gaps: values the scale
// cannot draw, and the columns between such a value and the next.
func columnRows(l Line, plotW int, colX func(int) float64, t func(float64) (float64, bool), rowOf func(float64) int) []int {
	out := make([]int, plotW)
	for k := range out {
		out[k] = -1
	}
	n := len(l.Y)
	if n == 0 {
		return out
	}
	half := 0.0
	if plotW > 1 {
		half = (colX(1) - colX(0)) / 2
	}
	j := 0 // the first value not yet placed
	for col := 0; col < plotW; col++ {
		x := colX(col)
		last := -1
		for j < n && xAt(l, j) <= x+half {
			last = j
			j++
		}
		switch {
		case last >= 0:
			if v, ok := t(l.Y[last]); ok {
				out[col] = rowOf(v)
			}
		case j > 0 && j < n: // between two values
			a, b := j-1, j
			ta, okA := t(l.Y[a])
			tb, okB := t(l.Y[b])
			if !okA || !okB {
				continue
			}
			xa, xb := xAt(l, a), xAt(l, b)
			f := 0.0
			if xb > xa {
				f = (x - xa) / (xb - xa)
			}
			out[col] = rowOf(ta + f*(tb-ta))
		}
	}
	return out
}

// ticks picks the y values to label: round numbers inside [lo, hi] (in
// the scale's space), at most about one every third row. It returns nil
// when no round numbers fit, and the caller labels rows evenly instead.
func (p Plot) ticks(lo, hi, c float64, rows int) []float64 {
	most := max(2, rows/3+1)
	var vals []float64 // in value space
	switch p.Scale {
	case Log, SymLog:
		if p.Scale == SymLog && lo <= 0 && hi >= 0 {
			vals = append(vals, 0)
		}
		for k := -30; k <= 30; k++ {
			for _, sign := range []float64{1, -1} {
				v := sign * math.Pow(10, float64(k))
				if p.Scale == Log && sign < 0 {
					continue
				}
				if tv, ok := p.transform(v, c); ok && tv >= lo && tv <= hi {
					vals = append(vals, v)
				}
			}
		}
		for len(vals) > most { // every other power
			var keep []float64
			for i, v := range vals {
				if i%2 == 0 {
					keep = append(keep, v)
				}
			}
			vals = keep
		}
	default:
		step := niceStep((hi - lo) / float64(most-1))
		if step <= 0 || math.IsInf(step, 0) || math.IsNaN(step) {
			return nil
		}
		for v := math.Ceil(lo/step) * step; v <= hi+step*1e-9; v += step {
			if math.Abs(v) < step*1e-9 {
				v = 0
			}
			vals = append(vals, v)
		}
	}
	if len(vals) < 2 {
		return nil
	}
	return vals
}

// niceStep rounds a step up to 1, 2 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if !(raw > 0) {
		return 0
	}
	e := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*e >= raw {
			return m * e
		}
	}
	return 10 * e
}

// axisNumber formats an axis label in at most 8 characters: 0, 0.05,
// 1.5e-07, 3200, -4.2e+23.
func axisNumber(v float64) string {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return "?"
	case v == 0:
		return "0"
	}
	a := math.Abs(v)
	if a >= 1e5 || a < 1e-3 {
		s := strconv.FormatFloat(v, 'e', 1, 64)
		s = strings.Replace(s, ".0e", "e", 1)
		return s
	}
	s := strconv.FormatFloat(v, 'g', 3, 64)
	if strings.Contains(s, "e") { // 'g' chose exponent form for, e.g., 12345
		s = strconv.FormatFloat(v, 'f', 0, 64)
	}
	return s
}

func clampInt(v, lo, hi int) int { return max(lo, min(v, hi)) }

// LegendLines lays out one entry per series (as legend(i) writes it) in
// lines at most width cells wide, three spaces between entries. An entry
// wider than a line gets a line of its own and is never cut.
func LegendLines(n, width int, legend func(i int) string, cellWidth func(string) int) []string {
	var out []string
	line, used := "", 0
	for i := 0; i < n; i++ {
		e := legend(i)
		ew := cellWidth(e)
		if used > 0 && used+3+ew > width {
			out = append(out, line)
			line, used = "", 0
		}
		if used > 0 {
			line += "   "
			used += 3
		}
		line += e
		used += ew
	}
	if used > 0 {
		out = append(out, line)
	}
	return out
}
