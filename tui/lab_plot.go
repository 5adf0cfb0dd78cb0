package tui

import (
	"fmt"
	"math"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/guptarohit/asciigraph"

	"descent/core/surface"
	"descent/core/train"
)

// This file draws the lab's two pictures: a contour map of the surface with
// each run's path over it, and the loss curves of every run in one chart.

// shades go from low f (light) to high f (dense): the map draws contour
// lines of log(f − min f), so the valleys of Rosenbrock and Beale show.
var shades = []rune(" .:-=+*#%@")

// contourLevels is how many bands of log f the map separates with lines.
const contourLevels = 8

// contour caches the shade of every cell for one surface at one size: the
// surface does not change while runs move over it, so it is computed once.
type contour struct {
	name          string
	width, height int
	win           surface.Window
	cells         []rune // width × height shade characters
}

// newContour samples s at the centre of each cell and shades by log-level.
func newContour(s *surface.Surface, w, h int) *contour {
	c := &contour{name: s.Name, width: w, height: h, win: s.Window, cells: make([]rune, w*h)}
	if w <= 0 || h <= 0 {
		return c
	}
	vals := make([]float64, w*h)
	lo := math.Inf(1)
	for row := 0; row < h; row++ {
		for col := 0; col < w; col++ {
			x, y := c.cellCentre(col, row)
			v := s.Value(x, y)
			vals[row*w+col] = v
			if v < lo { // NaN compares false and is skipped
				lo = v
			}
		}
	}
	lmin, lmax := math.Inf(1), math.Inf(-1)
	for i, v := range vals {
		l := math.Log10(v - lo + 1e-3)
		if math.IsNaN(l) || math.IsInf(l, 0) {
			l = math.NaN()
		} else {
			lmin, lmax = math.Min(lmin, l), math.Max(lmax, l)
		}
		vals[i] = l
	}
	span := lmax - lmin
	band := make([]int, len(vals))
	for i, l := range vals {
		k := contourLevels - 1
		if !math.IsNaN(l) && span > 0 {
			k = int((l - lmin) / span * contourLevels)
		}
		band[i] = clamp(k, 0, contourLevels-1)
	}
	// A cell is on a contour line where its band differs from the band to
	// its right or below; inside a band it stays blank, so paths show.
	for row := 0; row < h; row++ {
		for col := 0; col < w; col++ {
			i := row*w + col
			k := band[i]
			edge := (col+1 < w && band[i+1] != k) || (row+1 < h && band[i+w] != k)
			c.cells[i] = ' '
			if edge {
				c.cells[i] = shades[1+k*(len(shades)-2)/contourLevels]
			}
		}
	}
	return c
}

// cellCentre is the point at the centre of a cell; row 0 is the top (y max).
func (c *contour) cellCentre(col, row int) (x, y float64) {
	x = c.win.XMin + (float64(col)+0.5)/float64(c.width)*(c.win.XMax-c.win.XMin)
	y = c.win.YMax - (float64(row)+0.5)/float64(c.height)*(c.win.YMax-c.win.YMin)
	return x, y
}

// cellOf is the cell a point falls in, and whether it is inside the window.
func (c *contour) cellOf(x, y float64) (col, row int, ok bool) {
	fx := (x - c.win.XMin) / (c.win.XMax - c.win.XMin)
	fy := (c.win.YMax - y) / (c.win.YMax - c.win.YMin)
	if !(fx >= 0 && fx < 1 && fy >= 0 && fy < 1) { // also false for NaN
		return 0, 0, false
	}
	return int(fx * float64(c.width)), int(fy * float64(c.height)), true
}

// A mapMark is what a cell shows on top of the shading: 0 none, 1..6 a
// run's path (run i+1), 101..106 a run's current position, 200 a minimum.
const (
	markPath  = 1
	markHead  = 101
	markMinim = 200
)

// drawMap renders the contour with paths, heads and minima, exactly
// width × height. noColor picks glyph-only marks.
func drawMap(c *contour, s *surface.Surface, snaps [][]train.Point, noColor bool, marks []int) string {
	w, h := c.width, c.height
	if w <= 0 || h <= 0 {
		return ""
	}
	if cap(marks) < w*h {
		marks = make([]int, w*h)
	}
	marks = marks[:w*h]
	clear(marks)
	for i, pts := range snaps {
		for _, p := range pts {
			if col, row, ok := c.cellOf(p.X, p.Y); ok {
				marks[row*w+col] = markPath + i
			}
		}
	}
	for _, m := range s.Minima {
		if col, row, ok := c.cellOf(m.X, m.Y); ok {
			marks[row*w+col] = markMinim
		}
	}
	for i, pts := range snaps {
		if len(pts) == 0 {
			continue
		}
		p := pts[len(pts)-1]
		if col, row, ok := c.cellOf(p.X, p.Y); ok {
			marks[row*w+col] = markHead + i
		}
	}
	pre, post := styleParts(styleMuted)
	var b strings.Builder
	b.Grow(w * h * 4)
	inPlain := false
	for row := 0; row < h; row++ {
		if row > 0 {
			b.WriteByte('\n')
		}
		for col := 0; col < w; col++ {
			m := marks[row*w+col]
			if m == 0 {
				if !inPlain {
					b.WriteString(pre)
					inPlain = true
				}
				b.WriteRune(c.cells[row*w+col])
				continue
			}
			if inPlain {
				b.WriteString(post)
				inPlain = false
			}
			b.WriteString(markGlyph(m, noColor))
		}
		if inPlain {
			b.WriteString(post)
			inPlain = false
		}
	}
	return b.String()
}

// styleParts splits a style into the escape codes before and after its
// text, so long runs of cells can be styled without a Render per cell.
func styleParts(st lipgloss.Style) (pre, post string) {
	r := st.Render("\x00")
	i := strings.IndexByte(r, 0)
	if i < 0 {
		return "", ""
	}
	return r[:i], r[i+1:]
}

// glyphCache holds each mark already rendered: [noColor][mark].
var glyphCache [2]map[int]string

// markGlyph renders one mark, with the run's colour where there is colour.
func markGlyph(m int, noColor bool) string {
	nc := 0
	if noColor {
		nc = 1
	}
	if g, ok := glyphCache[nc][m]; ok {
		return g
	}
	g := renderMark(m, noColor)
	if glyphCache[nc] == nil {
		glyphCache[nc] = map[int]string{}
	}
	glyphCache[nc][m] = g
	return g
}

func renderMark(m int, noColor bool) string {
	switch {
	case m == markMinim:
		return styleTitle.Render("X")
	case m >= markHead:
		i := m - markHead
		return runStyle(i).Bold(true).Render(string(runGlyphs[i]))
	default:
		i := m - markPath
		if noColor {
			return "·"
		}
		return runStyle(i).Render("•")
	}
}

func runStyle(i int) lipgloss.Style {
	return lipgloss.NewStyle().Foreground(runColors[i%len(runColors)])
}

// lossSeries resamples each run's loss onto one shared step axis of width
// columns, so runs at different steps line up; a column past a run's last
// point is NaN (a gap). With logScale, loss is plotted as log10 and values
// ≤ 0 become gaps. It returns the series and whether any value is drawable.
func lossSeries(snaps [][]train.Point, maxStep, width int, logScale bool, out [][]float64) ([][]float64, bool) {
	out = out[:0]
	any := false
	for _, pts := range snaps {
		var row []float64
		if n := len(out); n < cap(out) {
			row = out[:n+1][n][:0] // reuse last frame's storage
		}
		j := 0
		for col := 0; col < width; col++ {
			step := 0
			if width > 1 {
				step = int(math.Round(float64(col) / float64(width-1) * float64(maxStep)))
			}
			for j+1 < len(pts) && pts[j+1].Step <= step {
				j++
			}
			v := math.NaN()
			if len(pts) > 0 && step <= pts[len(pts)-1].Step { // the run got this far
				v = pts[j].Loss
				if logScale {
					if v > 0 {
						v = math.Log10(v)
					} else {
						v = math.NaN()
					}
				}
				if math.IsInf(v, 0) {
					v = math.NaN()
				}
			}
			if !math.IsNaN(v) {
				any = true
			}
			row = append(row, v)
		}
		out = append(out, row)
	}
	return out, any
}

// yLabelWidth is the width of the chart's y-axis labels.
const yLabelWidth = 8

// drawLoss renders the loss chart, exactly width × height (height includes
// the x-axis line).
func drawLoss(snaps [][]train.Point, maxStep, width, height int, logScale, noColor bool, buf [][]float64) string {
	plotW := width - yLabelWidth - 3
	plotH := height - 3 // asciigraph draws height+1 rows, plus two for the x axis
	if plotW < 4 || plotH < 2 {
		return fitBlock("", width, height)
	}
	series, ok := lossSeries(snaps, maxStep, plotW, logScale, buf)
	if !ok {
		msg := "no loss to draw yet: press space to start"
		if logScale && len(snaps) > 0 && len(snaps[0]) > 0 {
			msg = "no loss above 0 to draw on a log scale: L switches to linear"
		}
		return fitBlock(lipgloss.Place(width, height, lipgloss.Center, lipgloss.Center,
			styleMuted.Render(msg)), width, height)
	}
	opts := []asciigraph.Option{
		asciigraph.Height(plotH),
		asciigraph.Offset(2),
		asciigraph.YAxisValueFormatter(func(v float64) string {
			if logScale {
				v = math.Pow(10, v)
			}
			return fmt.Sprintf("%*s", yLabelWidth, compactFloat(v))
		}),
		asciigraph.XAxisRange(0, float64(max(maxStep, 1))),
		asciigraph.XAxisTickCount(max(2, min(6, plotW/14))),
		asciigraph.XAxisValueFormatter(func(v float64) string { return compactFloat(math.Round(v)) }),
	}
	if noColor {
		sets := make([]asciigraph.CharSet, len(series))
		for i := range sets {
			sets[i] = asciigraph.CreateCharSet(string(runGlyphs[i%len(runGlyphs)]))
		}
		opts = append(opts, asciigraph.SeriesChars(sets...))
	} else {
		cols := make([]asciigraph.AnsiColor, len(series))
		for i := range cols {
			cols[i] = ansiRunColors[i%len(ansiRunColors)]
		}
		opts = append(opts, asciigraph.SeriesColors(cols...))
	}
	return fitBlock(asciigraph.PlotMany(series, opts...), width, height)
}

// ansiRunColors are the asciigraph colours closest to runColors.
var ansiRunColors = []asciigraph.AnsiColor{
	asciigraph.DodgerBlue, asciigraph.HotPink, asciigraph.LimeGreen,
	asciigraph.Goldenrod, asciigraph.MediumPurple, asciigraph.DarkTurquoise,
}

// compactFloat formats v in at most 8 cells: 1234, 0.05, 3.2e-07.
func compactFloat(v float64) string {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return fmt.Sprint(v)
	case v == 0:
		return "0"
	case math.Abs(v) >= 1e5 || math.Abs(v) < 1e-3:
		return fmt.Sprintf("%.1e", v)
	case v == math.Trunc(v):
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.3g", v)
}
