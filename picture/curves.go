package picture

import (
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// curvePanel draws each curve as a line in its own colour and dash, with
// its marker every few points (on every point of a short curve), so the
// curves can be told apart in greyscale too.
func curvePanel(curves []Curve, logY bool, xLabel, yLabel string) *panel {
	p := newPanel(xLabel, yLabel)
	drawn := 0
	for i, c := range curves {
		xys := curvePoints(c, logY)
		if len(xys) == 0 {
			why := ": no finite values"
			if logY {
				why = ": no positive values"
			}
			p.add(or(c.Name, "series") + why)
			continue
		}
		line, err := plotter.NewLine(xys)
		if err != nil {
			continue // cannot happen: the points are finite
		}
		line.LineStyle = lineStyle(i)
		marks, err := plotter.NewScatter(markEvery(xys, i, len(curves)))
		if err != nil {
			continue
		}
		marks.GlyphStyle = glyphStyle(i, vg.Points(3.5))
		p.plot.Add(line, marks)
		p.add(or(c.Name, "series"), line, marks)
		drawn++
	}
	if logY && drawn > 0 {
		p.plot.Y.Scale = plot.LogScale{}
		p.plot.Y.Tick.Marker = logTicks
	}
	if drawn > 0 {
		widenFlat(&p.plot.Y, logY)
	}
	return p
}

// curvePoints are c's drawable points.
func curvePoints(c Curve, logY bool) plotter.XYs {
	n := len(c.Y)
	if c.X != nil {
		n = min(n, len(c.X))
	}
	var xys plotter.XYs
	for i := range n {
		x, y := float64(i), c.Y[i]
		if c.X != nil {
			x = c.X[i]
		}
		if !usable(x) || !usable(y) || (logY && !(y > 0)) {
			continue
		}
		xys = append(xys, plotter.XY{X: x, Y: y})
	}
	return xys
}

// markEvery picks about a dozen of the points to carry markers, shifted
// for series k of n so that markers of different series do not sit on top
// of each other where the curves coincide.
func markEvery(xys plotter.XYs, k, n int) plotter.XYs {
	if len(xys) <= 30 {
		return xys
	}
	step := len(xys) / 12
	var out plotter.XYs
	for i := step * k / max(n, 1); i < len(xys); i += step {
		out = append(out, xys[i])
	}
	return append(out, xys[len(xys)-1])
}

// widenFlat gives an axis whose data span almost nothing some room, so
// that the tick labels differ (a constant loss is a flat line mid-plot).
func widenFlat(a *plot.Axis, logY bool) {
	lo, hi := a.Min, a.Max
	if hi-lo > 1e-9*math.Max(math.Abs(lo), math.Abs(hi)) {
		return
	}
	if logY {
		a.Min, a.Max = lo/2, hi*2
		return
	}
	pad := math.Max(math.Abs(lo)*0.1, 1e-9)
	if lo == 0 && hi == 0 {
		pad = 1
	}
	a.Min, a.Max = lo-pad, hi+pad
}
