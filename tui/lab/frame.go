package lab

import (
	"fmt"
	"strings"

	"descent/chapters/book"
	"descent/core/data"
	"descent/core/num"
	"descent/core/surface"
)

// A Frame is what the lab shows, as data: what a picture file of the
// current view is drawn from (Options.Export).
type Frame struct {
	Name  string // the surface or dataset, for a file name
	Title string // the surface or dataset, the model, the settings that matter

	// On a surface: the surface, the part of it on screen, the start, and
	// each run's path so far (Names are the legend's).
	Surface *surface.Surface
	View    surface.Window
	Start   surface.Point
	Names   []string
	PathX   [][]float64
	PathY   [][]float64

	// On a dataset: the points (2-D, Class 0 or 1) and the focused run's
	// predicted probability of class 1 anywhere in the plane (nil before
	// a race has started).
	Points []DataPoint
	Prob   func(x, y float64) float64

	// Both: each run's loss against the step (or batch), and the scale the
	// chart shows it on.
	Losses []book.Line
	Scale  book.Scale
	XLabel string
}

// A DataPoint is one row of a 2-D dataset.
type DataPoint struct {
	X, Y  float64
	Class int
	Test  bool
}

// frame collects the current view.
func (m *Model) frame() Frame {
	f := Frame{Name: m.DatasetName(), Names: m.names(), Losses: m.lossLines(), XLabel: "step"}
	for i := range f.Losses {
		f.Losses[i].Name = f.Names[i]
	}
	f.Scale = m.chartScale(f.Losses)
	var all []string // every run with all its settings: a picture stands alone
	for _, r := range m.runs {
		all = append(all, r.Kind+" "+settings(r))
	}
	if m.dataMode {
		t := m.task()
		f.XLabel = "batch"
		f.Title = fmt.Sprintf("%s · %s · %s · noise %s · test %d%% · %s", t.Dataset, t.describe(m.inputs()),
			batchText(t.Batch), num.G(t.Noise), int(t.Test*100+0.5), strings.Join(all, ", "))
		if dv := m.dataOf(); dv != nil && dv.g != nil && len(dv.d.Features) == 2 {
			for i, x := range dv.d.X {
				f.Points = append(f.Points, DataPoint{X: x[0], Y: x[1], Class: int(dv.d.Y[i][0] + 0.5), Test: i >= dv.nTrain})
			}
			if fi := m.focus(); fi < len(m.grids) && m.grids[fi] != nil {
				probs, g := m.grids[fi], dv.g
				f.Prob = func(x, y float64) float64 {
					gx := int((x - g.XMin) / (g.XMax - g.XMin) * float64(g.W))
					gy := int((g.YMax - y) / (g.YMax - g.YMin) * float64(g.H))
					gx, gy = min(max(gx, 0), g.W-1), min(max(gy, 0), g.H-1)
					return probs[gy*g.W+gx]
				}
			}
		}
		return f
	}
	f.Surface, f.View, f.Start = m.surface, m.view, m.start
	f.PathX, f.PathY = pathsOf(m.snaps)
	f.Title = fmt.Sprintf("%s from (%s, %s), %s steps · %s", m.surface.Formula, num.G(m.start.X), num.G(m.start.Y),
		humanInt(stepChoices[m.stepsIdx]), strings.Join(all, ", "))
	return f
}

// DatasetName is the surface's or the dataset's name.
func (m *Model) DatasetName() string {
	if m.dataMode {
		return data.Names()[m.dataIdx]
	}
	return m.surface.Name
}
