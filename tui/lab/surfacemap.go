package lab

import (
	"math"
	"strings"

	"charm.land/lipgloss/v2"

	"descent/core/num"
	"descent/core/surface"
	"descent/core/train"
	"descent/tui/ui"
)

// The contour map: the surface over the current view (zoom and pan move
// it), its contour lines, every run's path and current point, the start,
// the minima, the axes' coordinates, and an arrow at the edge for a run
// that has left the view.

// shades go from low f (light) to high f (dense): the map draws contour
// lines of log(f − min f), so the valleys of Rosenbrock and Beale show.
var shades = []rune(" .:-=+*#%@")

// contourLevels is how many bands of log f the map separates with lines.
const contourLevels = 8

// contour caches the shade of every cell for one surface, view and size:
// the surface does not change while runs move over it.
type contour struct {
	surf          *surface.Surface
	width, height int
	win           surface.Window
	cells         []rune // width × height shade characters
}

// newContour samples s at the centre of each cell and shades by log-level.
// On a surface without a minimum the levels are of f − min over the view.
func newContour(s *surface.Surface, win surface.Window, w, h int) *contour {
	c := &contour{surf: s, width: w, height: h, win: win, cells: make([]rune, max(w*h, 0))}
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
		band[i] = ui.Clamp(k, 0, contourLevels-1)
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

// cellOf is the cell a point falls in, and whether it is inside the view.
func cellOf(win surface.Window, w, h int, x, y float64) (col, row int, ok bool) {
	fx := (x - win.XMin) / (win.XMax - win.XMin)
	fy := (win.YMax - y) / (win.YMax - win.YMin)
	if !(fx >= 0 && fx < 1 && fy >= 0 && fy < 1) { // also false for NaN
		return 0, 0, false
	}
	return int(fx * float64(w)), int(fy * float64(h)), true
}

// edgeArrow is where and how to mark a point outside the view: the border
// cell on the way from the view's centre to it, and an arrow pointing out.
func edgeArrow(win surface.Window, w, h int, x, y float64) (col, row int, arrow rune, ok bool) {
	if math.IsNaN(x) || math.IsNaN(y) {
		return 0, 0, 0, false
	}
	cx, cy := (win.XMin+win.XMax)/2, (win.YMin+win.YMax)/2
	dx, dy := x-cx, y-cy
	hx, hy := (win.XMax-win.XMin)/2, (win.YMax-win.YMin)/2
	t := math.Max(math.Abs(dx)/hx, math.Abs(dy)/hy) // > 1 outside
	if !(t > 1) || math.IsInf(t, 0) {
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			t = math.Inf(1)
		} else {
			return 0, 0, 0, false
		}
	}
	ex, ey := cx+dx/t*0.999, cy+dy/t*0.999
	if math.IsInf(t, 0) {
		ex, ey = cx+math.Copysign(hx*0.999, dx), cy+math.Copysign(hy*0.999, dy)
	}
	col = ui.Clamp(int((ex-win.XMin)/(win.XMax-win.XMin)*float64(w)), 0, w-1)
	row = ui.Clamp(int((win.YMax-ey)/(win.YMax-win.YMin)*float64(h)), 0, h-1)
	ang := math.Atan2(dy, dx) * 180 / math.Pi
	arrows := []rune{'→', '↗', '↑', '↖', '←', '↙', '↓', '↘'}
	arrow = arrows[((int(math.Round(ang/45))%8)+8)%8]
	return col, row, arrow, true
}

// mapGeom is where the map's cells were drawn inside the lab, for clicks.
type mapGeom struct{ x0, y0, w, h int }

func (g mapGeom) contains(x, y int) bool {
	return g.w > 0 && x >= g.x0 && x < g.x0+g.w && y >= g.y0 && y < g.y0+g.h
}

// point is the surface point at the centre of the cell at (x, y).
func (g mapGeom) point(x, y int, win surface.Window) (float64, float64) {
	fx := (float64(x-g.x0) + 0.5) / float64(g.w)
	fy := (float64(y-g.y0) + 0.5) / float64(g.h)
	return win.XMin + fx*(win.XMax-win.XMin), win.YMax - fy*(win.YMax-win.YMin)
}

// yLabelW is the width of the map's y coordinates.
const yLabelW = 6

// drawMap is the map with its axes, exactly w × h: y coordinates on the
// left, x coordinates under it. x0, y0 are where it sits in the lab, so
// clicks can be placed.
func (m *Model) drawMap(w, h, x0, y0 int) string {
	mw, mh := w-yLabelW-1, h-1
	if mw < 8 || mh < 3 {
		m.geom = mapGeom{}
		return ui.FitBlock("", w, h)
	}
	m.geom = mapGeom{x0: x0 + yLabelW + 1, y0: y0, w: mw, h: mh}
	if c := m.contour; c == nil || c.surf != m.surface || c.width != mw || c.height != mh || c.win != m.view {
		m.contour = newContour(m.surface, m.view, mw, mh)
	}
	c := m.contour
	type mark struct {
		r     rune
		owner int // run index, or −1: the map's own marks
	}
	marks := make([]mark, mw*mh)
	set := func(col, row int, r rune, owner int) { marks[row*mw+col] = mark{r, owner} }
	for i, pts := range m.snaps {
		trail := '•'
		if m.opts.NoColor {
			trail = ui.RunGlyphs[i%len(ui.RunGlyphs)] // without colour the trail says whose it is
		}
		for _, p := range pts {
			if col, row, ok := cellOf(m.view, mw, mh, p.X, p.Y); ok {
				set(col, row, trail, i)
			}
		}
	}
	for _, p := range m.surface.Minima {
		if col, row, ok := cellOf(m.view, mw, mh, p.X, p.Y); ok {
			set(col, row, '*', -1)
		}
	}
	for i, pts := range m.snaps {
		if len(pts) == 0 {
			continue
		}
		p := pts[len(pts)-1]
		if col, row, ok := cellOf(m.view, mw, mh, p.X, p.Y); ok {
			set(col, row, ui.RunGlyphs[i%len(ui.RunGlyphs)], i)
		} else if col, row, arrow, ok := edgeArrow(m.view, mw, mh, p.X, p.Y); ok {
			set(col, row, arrow, i)
		}
	}
	// The start goes on top: a run's head covers it only while it has not
	// moved a cell away.
	startCol, startRow, startIn := cellOf(m.view, mw, mh, m.start.X, m.start.Y)
	if startIn {
		set(startCol, startRow, 'S', -1)
	}
	var b strings.Builder
	for row := 0; row < mh; row++ {
		b.WriteString(yTick(row, mh, m.view.YMin, m.view.YMax))
		var plain strings.Builder
		flushPlain := func() {
			if plain.Len() > 0 {
				b.WriteString(ui.Muted.Render(plain.String()))
				plain.Reset()
			}
		}
		for col := 0; col < mw; col++ {
			mk := marks[row*mw+col]
			if mk.r == 0 {
				plain.WriteRune(c.cells[row*mw+col])
				continue
			}
			flushPlain()
			s := string(mk.r)
			switch {
			case m.placing && startIn && col == startCol && row == startRow:
				s = lipgloss.NewStyle().Reverse(true).Bold(true).Render(s)
			case mk.owner >= 0 && !m.opts.NoColor:
				st := ui.RunStyle(mk.owner)
				if mk.r != '•' {
					st = st.Bold(true)
				}
				s = st.Render(s)
			default:
				s = ui.Title.Render(s)
			}
			b.WriteString(s)
		}
		flushPlain()
		b.WriteByte('\n')
	}
	// The x axis' coordinates: left, middle, right.
	xl, xm, xr := axisLabel(m.view.XMin), axisLabel((m.view.XMin+m.view.XMax)/2), axisLabel(m.view.XMax)
	under := []rune(strings.Repeat(" ", mw))
	copy(under, []rune(xl))
	mid := mw/2 - len([]rune(xm))/2
	if mid > len([]rune(xl)) && mid+len([]rune(xm)) < mw-len([]rune(xr)) {
		copy(under[mid:], []rune(xm))
	}
	copy(under[mw-len([]rune(xr)):], []rune(xr))
	b.WriteString(ui.Muted.Render(strings.Repeat(" ", yLabelW+1) + string(under)))
	return ui.FitBlock(b.String(), w, h)
}

// axisLabel writes a coordinate in a few characters.
func axisLabel(v float64) string {
	if math.Abs(v) < 1e-12 {
		return "0"
	}
	return num.Sig(v, 3)
}

func padLeft(s string, w int) string {
	if n := len([]rune(s)); n < w {
		return strings.Repeat(" ", w-n) + s
	}
	return string([]rune(s)[:w])
}

// offMap lists, per run, the arrow of a run whose current point is outside
// the view (0 when it is inside).
func (m *Model) offMap() []rune {
	out := make([]rune, len(m.snaps))
	mw, mh := max(m.geom.w, 1), max(m.geom.h, 1)
	for i, pts := range m.snaps {
		if len(pts) == 0 {
			continue
		}
		p := pts[len(pts)-1]
		if _, _, ok := cellOf(m.view, mw, mh, p.X, p.Y); ok {
			continue
		}
		if _, _, arrow, ok := edgeArrow(m.view, mw, mh, p.X, p.Y); ok {
			out[i] = arrow
		}
	}
	return out
}

// pathsOf converts recorded points for a picture file.
func pathsOf(snaps [][]train.Point) (xs, ys [][]float64) {
	for _, pts := range snaps {
		var x, y []float64
		for _, p := range pts {
			x, y = append(x, p.X), append(y, p.Y)
		}
		xs, ys = append(xs, x), append(ys, y)
	}
	return xs, ys
}
