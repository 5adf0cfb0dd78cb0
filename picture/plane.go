package picture

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// window is the part of the plane a panel shows.
type window struct{ xMin, xMax, yMin, yMax float64 }

func (w window) contains(x, y float64) bool {
	return x >= w.xMin && x <= w.xMax && y >= w.yMin && y <= w.yMax
}

// maxPointsPerClass bounds a scatter: beyond it an SVG grows to tens of
// megabytes and the dots merge anyway; the legend says how many are shown.
const maxPointsPerClass = 5000

// planePanel draws, back to front: the shaded probability and its 0.5
// line, the surface's contours and minima, the dataset's points, and the
// paths with their starts.
func planePanel(f Figure, xLabel, yLabel string) *panel {
	p := newPanel(xLabel, yLabel)
	win := planeWindow(f)
	p.plot.X.Min, p.plot.X.Max = win.xMin, win.xMax
	p.plot.Y.Min, p.plot.Y.Max = win.yMin, win.yMax

	if f.Prob != nil {
		shadeProbability(p, f.Prob, win)
	}
	if f.Surface != nil {
		drawContours(p, f.Surface, win)
	}
	if len(f.Points) > 0 {
		drawPoints(p, f.Points)
	}
	if len(f.Paths) > 0 {
		drawPaths(p, f.Paths, win)
	}
	return p
}

// planeWindow is the surface's window when it has a usable one, else the
// span of the points and paths with a margin, else the unit square.
func planeWindow(f Figure) window {
	if s := f.Surface; s != nil && usable(s.XMin) && usable(s.XMax) && usable(s.YMin) && usable(s.YMax) &&
		s.XMax > s.XMin && s.YMax > s.YMin {
		return window{s.XMin, s.XMax, s.YMin, s.YMax}
	}
	w := window{math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)}
	grow := func(x, y float64) {
		if usable(x) && usable(y) {
			w.xMin, w.xMax = math.Min(w.xMin, x), math.Max(w.xMax, x)
			w.yMin, w.yMax = math.Min(w.yMin, y), math.Max(w.yMax, y)
		}
	}
	for _, pt := range f.Points {
		grow(pt.X, pt.Y)
	}
	for _, path := range f.Paths {
		for i := range min(len(path.X), len(path.Y)) {
			grow(path.X[i], path.Y[i])
		}
	}
	if w.xMin > w.xMax {
		return window{-1, 1, -1, 1}
	}
	pad := func(lo, hi float64) (float64, float64) {
		m := (hi - lo) * 0.05
		if m == 0 || math.IsInf(m, 0) {
			m = math.Max(math.Abs(lo)*0.1, 1)
		}
		return lo - m, hi + m
	}
	w.xMin, w.xMax = pad(w.xMin, w.xMax)
	w.yMin, w.yMax = pad(w.yMin, w.yMax)
	return w
}

// grid is a function sampled on a regular grid, for gonum's contours.
type grid struct {
	xs, ys []float64
	z      []float64 // z[r*len(xs)+c]
}

func (g *grid) Dims() (c, r int)        { return len(g.xs), len(g.ys) }
func (g *grid) Z(c, r int) float64      { return g.z[r*len(g.xs)+c] }
func (g *grid) X(c int) float64         { return g.xs[c] }
func (g *grid) Y(r int) float64         { return g.ys[r] }
func (g *grid) set(c, r int, v float64) { g.z[r*len(g.xs)+c] = v }

// sample evaluates f on cols×rows points spanning the window. Values that
// are not finite become NaN; it returns the range of the rest.
func sample(f func(x, y float64) float64, w window, cols, rows int) (g *grid, lo, hi float64) {
	g = &grid{xs: make([]float64, cols), ys: make([]float64, rows), z: make([]float64, cols*rows)}
	for c := range cols {
		g.xs[c] = w.xMin + (w.xMax-w.xMin)*float64(c)/float64(cols-1)
	}
	for r := range rows {
		g.ys[r] = w.yMin + (w.yMax-w.yMin)*float64(r)/float64(rows-1)
	}
	lo, hi = math.Inf(1), math.Inf(-1)
	for r := range rows {
		for c := range cols {
			v := f(g.xs[c], g.ys[r])
			if !usable(v) {
				v = math.NaN()
			} else {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
			g.set(c, r, v)
		}
	}
	return g, lo, hi
}

// drawContours draws level lines of F − min at fifteen heights spaced by
// factors of ∛10 below the window's highest value: log spacing shows the
// floor of a valley as well as its walls.
func drawContours(p *panel, s *Surface, win window) {
	if s.F != nil {
		g, lo, hi := sample(s.F, win, 161, 161)
		if lo < hi {
			// A value that is not finite sits above every contour.
			for i, v := range g.z {
				if math.IsNaN(v) {
					g.z[i] = hi
				}
			}
			var levels []float64
			for k := 1; k <= 15; k++ {
				levels = append(levels, lo+(hi-lo)*math.Pow(10, -float64(k)/3))
			}
			sort.Float64s(levels)
			c := plotter.NewContour(g, levels, nil)
			c.LineStyles = []draw.LineStyle{{Color: contourInk, Width: vg.Points(0.75)}}
			p.plot.Add(behind{c})
			p.add("contours, 3 per decade", &plotter.Line{LineStyle: c.LineStyles[0]})
		} else if lo > hi {
			p.add("surface: no finite values in view")
		}
	}
	var minima plotter.XYs
	for _, m := range s.Minima {
		if usable(m[0]) && usable(m[1]) && win.contains(m[0], m[1]) {
			minima = append(minima, plotter.XY{X: m[0], Y: m[1]})
		}
	}
	if len(minima) > 0 {
		star := []*plotter.Scatter{}
		for _, shape := range []draw.GlyphDrawer{draw.PlusGlyph{}, draw.CrossGlyph{}} {
			sc, err := plotter.NewScatter(minima)
			if err != nil {
				return
			}
			sc.GlyphStyle = draw.GlyphStyle{Color: ink, Radius: vg.Points(6), Shape: shape}
			star = append(star, sc)
			p.plot.Add(behind{sc})
		}
		name := "minimum"
		if len(minima) > 1 {
			name = "minima"
		}
		p.add(name, star[0], star[1])
	}
}

// Colours of the two classes' shading: light tints of the classes' own
// colours, white where the model is undecided (p = 0.5).
func shade(prob float64) color.RGBA {
	if !(prob >= 0 && prob <= 1) {
		return color.RGBA{R: 0xee, G: 0xee, B: 0xee, A: 0xff}
	}
	t := 2*prob - 1
	if t < 0 {
		return mix(paper, seriesColor(0), -t*0.45)
	}
	return mix(paper, seriesColor(1), t*0.45)
}

// shadeProbability paints the predicted probability as an image behind
// everything else and draws its 0.5 level, the decision boundary.
func shadeProbability(p *panel, prob func(x, y float64) float64, win window) {
	const cols, rows = 240, 240
	g, lo, hi := sample(prob, win, cols, rows)
	img := image.NewRGBA(image.Rect(0, 0, cols, rows))
	for r := range rows {
		for c := range cols {
			// Image row 0 is the top of the window.
			img.SetRGBA(c, rows-1-r, shade(g.Z(c, r)))
		}
	}
	p.plot.Add(behind{plotter.NewImage(img, win.xMin, win.yMin, win.xMax, win.yMax)})
	p.add("predicted p → 0", swatch{shade(0)})
	p.add("predicted p → 1", swatch{shade(1)})
	if lo < 0.5 && hi > 0.5 {
		for i, v := range g.z {
			if math.IsNaN(v) {
				g.z[i] = 0.5
			}
		}
		c := plotter.NewContour(g, []float64{0.5}, nil)
		c.LineStyles = []draw.LineStyle{{Color: color.Gray{Y: 0x40}, Width: vg.Points(1.5), Dashes: dashes[1]}}
		p.plot.Add(behind{c})
		p.add("p = 0.5 (decision boundary)", &plotter.Line{LineStyle: c.LineStyles[0]})
	}
}

// drawPoints draws each class with its own colour and marker.
func drawPoints(p *panel, points []Point) {
	byClass := map[int]plotter.XYs{}
	total := map[int]int{}
	var classes []int
	for _, pt := range points {
		if !usable(pt.X) || !usable(pt.Y) {
			continue
		}
		if _, seen := total[pt.Class]; !seen {
			classes = append(classes, pt.Class)
		}
		total[pt.Class]++
		byClass[pt.Class] = append(byClass[pt.Class], plotter.XY{X: pt.X, Y: pt.Y})
	}
	sort.Ints(classes)
	for i, class := range classes {
		xys := byClass[class]
		name := fmt.Sprintf("class %d", class)
		if len(xys) > maxPointsPerClass {
			step := (len(xys) + maxPointsPerClass - 1) / maxPointsPerClass
			var kept plotter.XYs
			for k := 0; k < len(xys); k += step {
				kept = append(kept, xys[k])
			}
			name = fmt.Sprintf("class %d (%d of %d shown)", class, len(kept), len(xys))
			xys = kept
		}
		sc, err := plotter.NewScatter(xys)
		if err != nil {
			continue
		}
		sc.GlyphStyle = glyphStyle(i, vg.Points(3))
		p.plot.Add(behind{sc})
		p.add(name, sc)
	}
	if len(classes) == 0 {
		p.add("points: no finite values")
	}
}

// drawPaths draws each path as a line with markers, its start ringed and
// its end marked larger. A path that leaves the window says so in the
// legend; the axes stay on the window.
func drawPaths(p *panel, paths []Path, win window) {
	sameStart := len(paths) > 1
	var start plotter.XY
	for i, path := range paths {
		xys := pathPoints(path)
		name := or(path.Name, fmt.Sprintf("path %d", i+1))
		if len(xys) == 0 {
			p.add(name + ": no finite values")
			sameStart = false
			continue
		}
		if i == 0 {
			start = xys[0]
		} else if xys[0] != start {
			sameStart = false
		}
		inside := plotter.XYs{}
		leaves := -1
		for k, xy := range xys {
			if win.contains(xy.X, xy.Y) {
				inside = append(inside, xy)
			} else if leaves < 0 {
				leaves = k
			}
		}
		if leaves >= 0 {
			name += fmt.Sprintf(" (leaves the view at point %d)", leaves)
		}
		line, err := plotter.NewLine(xys)
		if err != nil {
			continue
		}
		line.LineStyle = lineStyle(i)
		p.plot.Add(behind{line})
		thumbs := []plot.Thumbnailer{line}
		if len(inside) > 0 {
			marks, err := plotter.NewScatter(markEvery(inside, i, len(paths)))
			if err == nil {
				marks.GlyphStyle = glyphStyle(i, vg.Points(3.5))
				p.plot.Add(behind{marks})
				thumbs = append(thumbs, marks)
			}
		}
		if end := xys[len(xys)-1]; win.contains(end.X, end.Y) {
			last, _ := plotter.NewScatter(plotter.XYs{end})
			last.GlyphStyle = glyphStyle(i, vg.Points(6))
			p.plot.Add(behind{last})
		}
		p.add(name, thumbs...)
	}
	ring := draw.GlyphStyle{Color: ink, Radius: vg.Points(7), Shape: draw.RingGlyph{}}
	if sameStart && win.contains(start.X, start.Y) {
		sc, _ := plotter.NewScatter(plotter.XYs{start})
		sc.GlyphStyle = ring
		p.plot.Add(behind{sc})
		p.add("start", sc)
		return
	}
	var starts plotter.XYs
	for _, path := range paths {
		if xys := pathPoints(path); len(xys) > 0 && win.contains(xys[0].X, xys[0].Y) {
			starts = append(starts, xys[0])
		}
	}
	if len(starts) > 0 {
		sc, _ := plotter.NewScatter(starts)
		sc.GlyphStyle = ring
		p.plot.Add(behind{sc})
		name := "start"
		if len(starts) > 1 {
			name = "starts"
		}
		p.add(name, sc)
	}
}

// pathPoints are the path's points up to its first unusable one: a path
// that diverged ends where its values stopped being numbers.
func pathPoints(path Path) plotter.XYs {
	var xys plotter.XYs
	for i := range min(len(path.X), len(path.Y)) {
		x, y := path.X[i], path.Y[i]
		if !usable(x) || !usable(y) {
			break
		}
		xys = append(xys, plotter.XY{X: x, Y: y})
	}
	return xys
}
