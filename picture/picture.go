package picture

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"descent/outfile"
)

// A Figure is one chart: what to draw and how to label it.
type Figure struct {
	Title, XLabel, YLabel string
	LogY                  bool // curves on a log₁₀ axis (values ≤ 0 are dropped)
	Width, Height         int  // pixels; 0 means 1600×900 (slides)

	Curves  []Curve
	Surface *Surface
	Paths   []Path                     // drawn over Surface's contours
	Points  []Point                    // a dataset scatter
	Prob    func(x, y float64) float64 // predicted probability shaded behind Points (nil: none)
}

// A Curve is one named series; X nil means 0, 1, 2, ….
type Curve struct {
	Name string
	Y    []float64
	X    []float64
}

// A Surface is a function of two variables shown as a contour map over
// its window, with its minima marked.
type Surface struct {
	F                      func(x, y float64) float64
	XMin, XMax, YMin, YMax float64
	Minima                 [][2]float64
}

// A Path is one trajectory in the plane.
type Path struct {
	Name string
	X, Y []float64
}

// A Point is one row of a 2-D dataset and its class.
type Point struct {
	X, Y  float64
	Class int
}

// Default picture size, in pixels: a 16:9 slide.
const (
	DefaultWidth  = 1600
	DefaultHeight = 900
	// MinSide and MaxSide bound Width and Height (a 8000×8000 RGBA image
	// takes 256 MB).
	MinSide = 100
	MaxSide = 8000
)

// Write draws f into path, a PNG or an SVG file chosen by the extension.
func Write(path string, f Figure) error {
	format, err := formatOf(path)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := encode(&b, format, f); err != nil {
		return err
	}
	return outfile.WriteFile(path, b.Bytes())
}

// CheckPath reports whether Write can draw to path's kind of file: a
// command calls it with its other checks, before any work.
func CheckPath(path string) error {
	_, err := formatOf(path)
	return err
}

func formatOf(path string) (string, error) {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".png", ".svg":
		return ext[1:], nil
	case "":
		return "", fmt.Errorf("%s: a picture file must end in .png or .svg", path)
	}
	return "", fmt.Errorf("%s: cannot draw a %s file; a picture file must end in .png or .svg", path, ext)
}

// encode draws f in format ("png" or "svg") to w.
func encode(w io.Writer, format string, f Figure) (err error) {
	width, height := f.Width, f.Height
	if width == 0 {
		width = DefaultWidth
	}
	if height == 0 {
		height = DefaultHeight
	}
	if width < MinSide || width > MaxSide || height < MinSide || height > MaxSide {
		return fmt.Errorf("picture size %d×%d: each side must be %d to %d pixels", width, height, MinSide, MaxSide)
	}
	if len(f.Curves) == 0 && !hasPlane(f) {
		return errors.New("the figure has nothing to draw (no curves, surface, paths or points)")
	}
	// gonum/plot panics on some inputs it considers impossible; the checks
	// here should prevent them all, and this turns any left into an error.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("could not draw the figure: %v", r)
		}
	}()

	// Text is sized in points. Choosing the resolution from the picture's
	// size keeps the text in proportion: at 1600×900 the canvas is 800×450
	// points at 144 dots per inch, so 12-point text is 24 pixels high.
	dpi := int(math.Round(144 * math.Min(float64(width)/DefaultWidth, float64(height)/DefaultHeight)))
	dpi = max(dpi, 24)
	wPt := vg.Length(width) * vg.Inch / vg.Length(dpi)
	hPt := vg.Length(height) * vg.Inch / vg.Length(dpi)
	var c vg.CanvasWriterTo
	switch format {
	case "png":
		c = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(wPt, hPt), vgimg.UseDPI(dpi))}
	case "svg":
		c = vgsvg.New(wPt, hPt)
	default:
		return fmt.Errorf("unknown picture format %q (png or svg)", format)
	}
	drawFigure(draw.New(c), f)
	_, err = c.WriteTo(w)
	return err
}

func hasPlane(f Figure) bool {
	return f.Surface != nil || len(f.Paths) > 0 || len(f.Points) > 0 || f.Prob != nil
}

// Font sizes, in points.
const (
	titleSize  = 14
	labelSize  = 12
	tickSize   = 10
	legendSize = 11
)

// sans is the typeface of every text: plot's default is a serif.
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

func textStyle(size vg.Length) text.Style {
	return text.Style{
		Color:   ink,
		Font:    font.From(sans, size),
		XAlign:  draw.XCenter,
		YAlign:  draw.YTop,
		Handler: plot.DefaultTextHandler,
	}
}

// drawFigure lays out the title and one or two panels, each with its
// legend in a strip on its right.
func drawFigure(dc draw.Canvas, f Figure) {
	dc.SetColor(paper)
	dc.Fill(dc.Rectangle.Path())
	margin := vg.Points(10)
	dc = draw.Crop(dc, margin, -margin, margin, -margin)

	if f.Title != "" {
		sty := textStyle(titleSize)
		lines := wrap(f.Title, sty, dc.Size().X)
		y := dc.Max.Y
		for _, line := range lines {
			dc.FillText(sty, vg.Point{X: dc.Center().X, Y: y}, line)
			y -= sty.Height(line)
		}
		dc = draw.Crop(dc, 0, 0, 0, -(dc.Max.Y - y + vg.Points(6)))
	}

	var panels []*panel
	if hasPlane(f) {
		xl, yl := "x", "y"
		if len(f.Curves) == 0 {
			xl, yl = or(f.XLabel, "x"), or(f.YLabel, "y")
		}
		panels = append(panels, planePanel(f, xl, yl))
	}
	if len(f.Curves) > 0 {
		panels = append(panels, curvePanel(f.Curves, f.LogY, f.XLabel, f.YLabel))
	}
	gap := vg.Points(16)
	w := (dc.Size().X - gap*vg.Length(len(panels)-1)) / vg.Length(len(panels))
	for i, p := range panels {
		left := dc.Min.X + vg.Length(i)*(w+gap)
		area := draw.Canvas{Canvas: dc.Canvas, Rectangle: vg.Rectangle{
			Min: vg.Point{X: left, Y: dc.Min.Y}, Max: vg.Point{X: left + w, Y: dc.Max.Y}}}
		p.draw(area)
	}
}

// A panel is one plot and its legend, drawn in columns below it.
type panel struct {
	plot    *plot.Plot
	entries []legendEntry
}

type legendEntry struct {
	name   string
	thumbs []plot.Thumbnailer
}

func newPanel(xLabel, yLabel string) *panel {
	p := plot.New()
	p.BackgroundColor = nil // the figure is already painted
	p.X.Label.Text, p.Y.Label.Text = xLabel, yLabel
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(sans, labelSize)
		a.Tick.Label.Font = font.From(sans, tickSize)
		a.Tick.Marker = linearTicks
	}
	return &panel{plot: p}
}

// add puts an entry in the panel's legend; one without thumbnails is a
// note ("loss: no finite values").
func (p *panel) add(name string, thumbs ...plot.Thumbnailer) {
	p.entries = append(p.entries, legendEntry{name, thumbs})
}

func (p *panel) legend(entries []legendEntry) plot.Legend {
	l := plot.NewLegend()
	l.TextStyle.Font = font.From(sans, legendSize)
	l.Top, l.Left = true, true
	l.ThumbnailWidth = vg.Points(28)
	for _, e := range entries {
		l.Add(e.name, e.thumbs...)
	}
	return l
}

func (p *panel) draw(area draw.Canvas) {
	if len(p.entries) == 0 {
		p.plot.Draw(area)
		return
	}
	gap, pad := vg.Points(14), vg.Points(3)
	var colW, rowH vg.Length
	for _, e := range p.entries {
		l := p.legend([]legendEntry{e})
		size := l.Rectangle(area).Size()
		colW, rowH = max(colW, size.X), max(rowH, size.Y)
	}
	cols := max(1, int((area.Size().X+gap)/(colW+gap)))
	rows := (len(p.entries) + cols - 1) / cols
	cols = (len(p.entries) + rows - 1) / rows // as few columns as the rows need
	height := vg.Length(rows)*(rowH+pad) + vg.Points(8)
	p.plot.Draw(draw.Crop(area, 0, 0, height, 0))
	for c := range cols {
		l := p.legend(p.entries[c*rows : min((c+1)*rows, len(p.entries))])
		l.Padding = pad
		left := area.Min.X + vg.Length(c)*(colW+gap)
		l.Draw(draw.Canvas{Canvas: area.Canvas, Rectangle: vg.Rectangle{
			Min: vg.Point{X: left, Y: area.Min.Y},
			Max: vg.Point{X: left + colW, Y: area.Min.Y + height - vg.Points(8)}}})
	}
}

// wrap breaks s into lines no wider than width, at spaces.
func wrap(s string, sty text.Style, width vg.Length) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			if line != "" && sty.Width(line+" "+word) > width {
				lines = append(lines, line)
				line = word
				continue
			}
			line = strings.TrimSpace(line + " " + word)
		}
		lines = append(lines, line)
	}
	return lines
}

func or(s, d string) string {
	if s == "" {
		return d
	}
	return s
}
