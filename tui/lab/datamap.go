package lab

import (
	"fmt"
	"image/color"
	"math"
	"strings"
	"sync"

	"charm.land/lipgloss/v2"

	"descent/core/data"
	"descent/tui/ui"
)

// Dataset mode's picture, after TensorFlow Playground: the points of a 2-D
// dataset (train and test told apart) over the model's decision boundary,
// every cell shaded by the probability the model gives class 1 there. With
// colour each cell is two half-block pixels (▀, its foreground the top
// half, its background the bottom); without colour the shading is by
// character. The 1-D regression shows its points and the model's line.

// dataView is the dataset the lanes train on and the grid their models are
// evaluated over, made again when the dataset or its noise changes.
type dataView struct {
	t      task
	d      *data.Dataset
	g      *grid
	nTrain int
}

// dataOf returns (making it if needed) the current dataset's view.
func (m *Model) dataOf() *dataView {
	t := m.task()
	if m.data != nil && m.data.t.Dataset == t.Dataset && m.data.t.Noise == t.Noise && m.data.t.Test == t.Test {
		return m.data
	}
	d, err := makeData(t)
	if err != nil {
		return nil
	}
	m.data = &dataView{t: t, d: d, g: gridFor(d), nTrain: trainRows(len(d.X), t.Test)}
	return m.data
}

// focus is the run whose boundary the picture shows: the run under the
// cursor, else the first.
func (m *Model) focus() int {
	rows := m.rows()
	if r := rows[ui.Clamp(m.cursor, 0, len(rows)-1)]; r.kind >= rowRun && r.kind < rowAdd {
		return r.run
	}
	return 0
}

// Colours of the two classes, the same as the pictures descent saves (blue
// for 0, orange for 1); the shading goes from one to the other through a
// dark grey.
var (
	class0 = [3]float64{0x3B, 0x82, 0xF6}
	class1 = [3]float64{0xF5, 0x93, 0x1E}
	middle = [3]float64{0x30, 0x30, 0x30}
)

// shadeLevels is how many steps of probability the shading shows.
const shadeLevels = 10

// shade is the background colour for probability p of class 1.
func shade(p float64) color.Color {
	k := ui.Clamp(int(p*shadeLevels), 0, shadeLevels-1)
	f := (float64(k) + 0.5) / shadeLevels // the level's centre
	var to [3]float64
	a := math.Abs(f-0.5) * 2 * 0.6 // at most 60 % of the class colour: points stay visible
	if f < 0.5 {
		to = class0
	} else {
		to = class1
	}
	c := [3]float64{}
	for i := range c {
		c[i] = middle[i] + a*(to[i]-middle[i])
	}
	return lipgloss.Color(fmt.Sprintf("#%02X%02X%02X", int(c[0]), int(c[1]), int(c[2])))
}

// pixelCache holds half-block cells already rendered: [top level][bottom
// level]. Two labs (two SSH sessions) may draw at once.
var (
	pixelMu    sync.Mutex
	pixelCache = map[[2]int]string{}
)

func halfBlock(top, bottom float64) string {
	k := [2]int{ui.Clamp(int(top*shadeLevels), 0, shadeLevels-1), ui.Clamp(int(bottom*shadeLevels), 0, shadeLevels-1)}
	pixelMu.Lock()
	defer pixelMu.Unlock()
	if s, ok := pixelCache[k]; ok {
		return s
	}
	s := lipgloss.NewStyle().Foreground(shade(top)).Background(shade(bottom)).Render("▀")
	pixelCache[k] = s
	return s
}

// noColorShade is a cell's character without colour: blank where the model
// says class 0, dots where it says class 1, and ░ where it is unsure.
func noColorShade(p float64) rune {
	switch {
	case p >= 0.4 && p <= 0.6:
		return '░'
	case p > 0.6:
		return '·'
	}
	return ' '
}

// pointGlyph is a data point: o and x for the two classes in training, O
// and X held out for testing (filled and hollow circles with colour).
func pointGlyph(class float64, test, noColor bool) string {
	if noColor {
		g := map[bool]string{false: "o", true: "x"}[class >= 0.5]
		if test {
			g = strings.ToUpper(g)
		}
		return g
	}
	g := "●"
	if test {
		g = "○"
	}
	c := class0
	if class >= 0.5 {
		c = class1
	}
	return lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color(fmt.Sprintf("#%02X%02X%02X",
		int(c[0]+0.6*(255-c[0])), int(c[1]+0.6*(255-c[1])), int(c[2]+0.6*(255-c[2]))))).Render(g)
}

// drawData is dataset mode's picture, exactly w × h.
func (m *Model) drawData(w, h int) string {
	dv := m.dataOf()
	if dv == nil || dv.g == nil {
		return ui.FitBlock(ui.Muted.Render(fmt.Sprintf("  %d features: no picture of the data; the chart shows how training goes",
			m.inputs())), w, h)
	}
	var probs []float64
	if f := m.focus(); f < len(m.grids) {
		probs = m.grids[f]
	}
	mw, mh := w-yLabelW-1, h-1
	if mw < 8 || mh < 3 {
		return ui.FitBlock("", w, h)
	}
	g := dv.g
	// at returns the model's output at grid cell (gx, gy) nearest to a
	// point of the picture: fx, fy in [0, 1) from the top left.
	at := func(fx, fy float64) float64 {
		if probs == nil {
			return math.NaN()
		}
		gx := ui.Clamp(int(fx*float64(g.W)), 0, g.W-1)
		gy := ui.Clamp(int(fy*float64(g.H)), 0, g.H-1)
		if len(dv.d.Features) == 1 {
			gy = 0
		}
		return probs[gy*g.W+gx]
	}
	// Points per cell (the last one wins, train under test).
	type pt struct {
		class float64
		test  bool
	}
	cells := map[int]pt{}
	for i, x := range dv.d.X {
		px, py := x[0], dv.d.Y[i][0]
		if len(x) == 2 {
			py = x[1]
		}
		col := int((px - g.XMin) / (g.XMax - g.XMin) * float64(mw))
		row := int((g.YMax - py) / (g.YMax - g.YMin) * float64(mh))
		if col < 0 || col >= mw || row < 0 || row >= mh {
			continue
		}
		class := dv.d.Y[i][0]
		if len(x) == 1 {
			class = 1
		}
		cells[row*mw+col] = pt{class, i >= dv.nTrain}
	}
	// The regression's line: the row of the model's output per column.
	lineRow := make([]int, mw)
	for col := range lineRow {
		lineRow[col] = -1
		if len(dv.d.Features) == 1 && probs != nil {
			v := at((float64(col)+0.5)/float64(mw), 0)
			if r := int((g.YMax - v) / (g.YMax - g.YMin) * float64(mh)); finite(v) && r >= 0 && r < mh {
				lineRow[col] = r
			}
		}
	}
	var b strings.Builder
	for row := 0; row < mh; row++ {
		b.WriteString(yTick(row, mh, g.YMin, g.YMax))
		for col := 0; col < mw; col++ {
			fx := (float64(col) + 0.5) / float64(mw)
			if p, ok := cells[row*mw+col]; ok {
				b.WriteString(pointGlyph(p.class, p.test, m.opts.NoColor))
				continue
			}
			if lineRow[col] == row {
				b.WriteString(m.paint(m.focus(), "•"))
				continue
			}
			if len(dv.d.Features) == 1 || probs == nil {
				b.WriteByte(' ')
				continue
			}
			top := at(fx, (float64(row)+0.25)/float64(mh))
			bottom := at(fx, (float64(row)+0.75)/float64(mh))
			if m.opts.NoColor {
				b.WriteRune(noColorShade((top + bottom) / 2))
			} else {
				b.WriteString(halfBlock(top, bottom))
			}
		}
		b.WriteByte('\n')
	}
	xl, xr := axisLabel(g.XMin), axisLabel(g.XMax)
	under := []rune(strings.Repeat(" ", mw))
	copy(under, []rune(xl))
	copy(under[mw-len([]rune(xr)):], []rune(xr))
	b.WriteString(ui.Muted.Render(strings.Repeat(" ", yLabelW+1) + string(under)))
	return ui.FitBlock(b.String(), w, h)
}

// dataLegend explains the picture's marks in one line.
func (m *Model) dataLegend() string {
	dv := m.dataOf()
	if dv == nil || dv.g == nil {
		return ""
	}
	if len(dv.d.Features) == 1 {
		return ui.Muted.Render(fmt.Sprintf("%s points · • the model of %s", pointGlyph(1, false, true), m.names()[m.focus()]))
	}
	test := ""
	if dv.nTrain < len(dv.d.X) {
		test = " " + pointGlyph(0, true, m.opts.NoColor) + pointGlyph(1, true, m.opts.NoColor) + ui.Muted.Render(" test")
	}
	shading := " · blue→orange: P(class 1) of "
	if m.opts.NoColor {
		shading = " · ·: P(1) > .6, ░: unsure, of "
	}
	f := m.focus()
	whose := string(ui.RunGlyphs[f%len(ui.RunGlyphs)]) + " " + m.names()[f]
	if len(m.grids) == 0 {
		whose = "each model (space starts)"
	}
	return pointGlyph(0, false, m.opts.NoColor) + pointGlyph(1, false, m.opts.NoColor) + ui.Muted.Render(" class 0, 1") +
		test + ui.Muted.Render(shading+whose)
}

// yTick is the left margin of a map's row: the y value on the top, middle
// and bottom rows, a plain tick on the others.
func yTick(row, rows int, ymin, ymax float64) string {
	label := ""
	switch row {
	case 0:
		label = axisLabel(ymax)
	case rows / 2:
		label = axisLabel((ymin + ymax) / 2)
	case rows - 1:
		label = axisLabel(ymin)
	}
	tick := "│"
	if label != "" {
		tick = "┤"
	}
	return ui.Muted.Render(padLeft(label, yLabelW) + tick)
}
