package main

// `descent run … --plot FILE.png`: keep the last chart a cell offers
// (book.Offer) and draw it as a picture.

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"descent/chapters/book"
	"descent/core/num"
	"descent/picture"
)

// figureKeeper is the run command's output when --plot is given: a
// book.FigureOutput that passes everything through and keeps the last
// figure the cell offered.
type figureKeeper struct {
	cellWriter
	mu   sync.Mutex
	fig  book.Figure
	have bool
}

// Figure keeps a copy of f: a cell may go on appending to the slices of a
// live curve after offering it.
func (k *figureKeeper) Figure(f book.Figure) {
	c := f
	c.Curves = make([]book.Series, len(f.Curves))
	for i, s := range f.Curves {
		c.Curves[i] = book.Series{Name: s.Name, Values: slices.Clone(s.Values)}
	}
	c.Paths = make([]book.Path, len(f.Paths))
	for i, p := range f.Paths {
		c.Paths[i] = book.Path{Name: p.Name, X: slices.Clone(p.X), Y: slices.Clone(p.Y)}
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	k.fig, k.have = c, true
}

func (k *figureKeeper) last() (book.Figure, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.fig, k.have
}

// drawsChart matches the calls through which a cell offers its charts.
var drawsChart = regexp.MustCompile(`\b(PrintCurves|FrameCurves|PrintPaths|Offer)\(`)

// chartCells names the chapter's cells whose code offers a chart, for the
// message to a learner who asked a picture of one that draws none.
func chartCells(ch *book.Chapter) string {
	var names []string
	for i, c := range cellsInOrder(ch) {
		if drawsChart.MatchString(c.Source) {
			names = append(names, fmt.Sprintf("%d %s", i+1, c.ID))
		}
	}
	if len(names) == 0 {
		return fmt.Sprintf("no cell of %s draws one yet", ch.Slug)
	}
	return fmt.Sprintf("cells of %s that do: %s", ch.Slug, strings.Join(names, ", "))
}

// cellPicture turns a cell's figure into a picture titled with the chapter,
// the cell and every input it ran with.
func cellPicture(ch *book.Chapter, cell *book.Cell, number int, in book.Inputs, f book.Figure) picture.Figure {
	var params []string
	for _, p := range cell.Params {
		var v string
		switch p.Kind {
		case book.Float:
			v = num.G(in.Float(p.Name))
		case book.Int:
			v = fmt.Sprint(in.Int(p.Name))
		case book.Choice:
			v = in.Choice(p.Name)
		case book.Bool:
			v = fmt.Sprint(in.Bool(p.Name))
		}
		params = append(params, p.Name+"="+v)
	}
	title := fmt.Sprintf("%s [%d] %s", ch.Slug, number, or(cell.Title, cell.ID))
	if len(params) > 0 {
		title += " (" + strings.Join(params, ", ") + ")"
	}
	pf := picture.Figure{Title: title}
	if len(f.Curves) > 0 {
		caption := book.StripANSI(f.CurveOptions.Caption)
		if caption != "" {
			pf.Title += "\n" + caption
		}
		pf.XLabel, pf.YLabel = axisLabels(caption)
		pf.LogY = f.CurveOptions.LogY
		for _, s := range f.Curves {
			pf.Curves = append(pf.Curves, picture.Curve{Name: s.Name, Y: s.Values})
		}
	}
	if len(f.Paths) > 0 {
		o := f.PathOptions
		s := &picture.Surface{F: o.Level, XMin: o.XMin, XMax: o.XMax, YMin: o.YMin, YMax: o.YMax}
		if o.Mark != nil {
			s.Minima = [][2]float64{*o.Mark}
		}
		pf.Surface = s
		for _, p := range f.Paths {
			pf.Paths = append(pf.Paths, picture.Path{Name: p.Name, X: p.X, Y: p.Y})
		}
	}
	return pf
}

// axisLabels reads "f − f* per step (log scale)" as the y axis "f − f*"
// and the x axis "step"; a caption without " per " gives "value" over
// "index".
func axisLabels(caption string) (x, y string) {
	if i := strings.Index(caption, "("); i >= 0 {
		caption = caption[:i]
	}
	if before, after, ok := strings.Cut(caption, " per "); ok && strings.TrimSpace(before) != "" && strings.TrimSpace(after) != "" {
		return strings.TrimSpace(after), strings.TrimSpace(before)
	}
	return "index", "value"
}

func or(s, d string) string {
	if s == "" {
		return d
	}
	return s
}
