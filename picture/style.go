package picture

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"descent/core/num"
)

var (
	paper = color.White
	ink   = color.Black
	// contourInk draws a surface's level lines: quiet, so paths stand out.
	contourInk = color.RGBA{R: 0xa8, G: 0xa8, B: 0xa8, A: 0xff}
)

// palette is Okabe and Ito's colour-blind-safe set ("Color Universal
// Design", 2008), ordered so neighbours differ in lightness too; yellow,
// faint on white, comes last.
var palette = []color.Color{
	color.RGBA{R: 0x00, G: 0x72, B: 0xb2, A: 0xff}, // blue
	color.RGBA{R: 0xd5, G: 0x5e, B: 0x00, A: 0xff}, // vermillion
	color.RGBA{R: 0x00, G: 0x9e, B: 0x73, A: 0xff}, // bluish green
	color.RGBA{R: 0xcc, G: 0x79, B: 0xa7, A: 0xff}, // reddish purple
	color.RGBA{R: 0xe6, G: 0x9f, B: 0x00, A: 0xff}, // orange
	color.RGBA{R: 0x56, G: 0xb4, B: 0xe9, A: 0xff}, // sky blue
	color.RGBA{R: 0x00, G: 0x00, B: 0x00, A: 0xff}, // black
	color.RGBA{R: 0xf0, G: 0xe4, B: 0x42, A: 0xff}, // yellow
}

// dashes and glyphs tell series apart without colour. Their counts (6 and
// 8) differ, so the first 24 series all get a different pair.
var dashes = [][]vg.Length{
	nil,
	{vg.Points(8), vg.Points(4)},
	{vg.Points(2), vg.Points(3)},
	{vg.Points(8), vg.Points(3), vg.Points(2), vg.Points(3)},
	{vg.Points(14), vg.Points(4)},
	{vg.Points(8), vg.Points(3), vg.Points(2), vg.Points(3), vg.Points(2), vg.Points(3)},
}

var glyphs = []draw.GlyphDrawer{
	draw.CircleGlyph{},
	draw.TriangleGlyph{},
	draw.SquareGlyph{},
	draw.CrossGlyph{},
	draw.PlusGlyph{},
	draw.PyramidGlyph{},
	draw.RingGlyph{},
	draw.BoxGlyph{},
}

func seriesColor(i int) color.Color { return palette[i%len(palette)] }

func lineStyle(i int) draw.LineStyle {
	return draw.LineStyle{Color: seriesColor(i), Width: vg.Points(2), Dashes: dashes[i%len(dashes)]}
}

func glyphStyle(i int, radius vg.Length) draw.GlyphStyle {
	return draw.GlyphStyle{Color: seriesColor(i), Radius: radius, Shape: glyphs[i%len(glyphs)]}
}

// usable is a value an axis can hold: finite and within ±1e300 (beyond
// it, the span of an axis could overflow to infinity).
func usable(v float64) bool { return !math.IsNaN(v) && math.Abs(v) <= 1e300 }

// logTicks labels a log axis with powers of ten, at most about eight of
// them however many decades it spans, formatted by num.G.
var logTicks = plot.TickerFunc(func(lo, hi float64) []plot.Tick {
	if !(lo > 0) || !(hi > lo) {
		return nil
	}
	first, last := int(math.Floor(math.Log10(lo))), int(math.Ceil(math.Log10(hi)))
	step := max(1, (last-first+7)/8)
	var ticks []plot.Tick
	for e := first; e <= last; e++ {
		v := math.Pow(10, float64(e))
		if (e-first)%step == 0 {
			ticks = append(ticks, plot.Tick{Value: v, Label: num.G(v)})
		} else {
			ticks = append(ticks, plot.Tick{Value: v})
		}
		if step == 1 && last-first <= 6 && e < last {
			for k := 2; k < 10; k++ {
				t := plot.Tick{Value: v * float64(k)}
				if last-first <= 2 && (k == 2 || k == 5) {
					t.Label = num.G(t.Value) // few decades: label 2 and 5 too
				}
				ticks = append(ticks, t)
			}
		}
	}
	return ticks
})

// linearTicks are gonum's, labelled by num.Sig: "250", not "250.00".
var linearTicks = plot.TickerFunc(func(lo, hi float64) []plot.Tick {
	ticks := plot.DefaultTicks{}.Ticks(lo, hi)
	for i := range ticks {
		if ticks[i].Label != "" {
			ticks[i].Label = num.Sig(ticks[i].Value, 6)
		}
	}
	return ticks
})

// behind wraps a plotter so that it neither widens the axes nor pads them
// for its glyphs: a path that flies off to 1e200 must not shrink the map
// to a dot. The axes of such a panel are set explicitly.
type behind struct{ p plot.Plotter }

func (b behind) Plot(c draw.Canvas, p *plot.Plot) { b.p.Plot(c, p) }

// swatch is a legend thumbnail: a filled square of one colour.
type swatch struct{ c color.Color }

func (s swatch) Thumbnail(c *draw.Canvas) {
	side := c.Max.Y - c.Min.Y
	x := c.Min.X + (c.Max.X-c.Min.X-side)/2
	r := vg.Rectangle{Min: vg.Point{X: x, Y: c.Min.Y}, Max: vg.Point{X: x + side, Y: c.Max.Y}}
	c.SetColor(s.c)
	c.Fill(r.Path())
	c.SetLineStyle(draw.LineStyle{Color: contourInk, Width: vg.Points(0.5)})
	c.Stroke(r.Path())
}

// mix returns a blended f of the way from a to b.
func mix(a, b color.Color, f float64) color.RGBA {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	at := func(x, y uint32) uint8 { return uint8((float64(x)*(1-f) + float64(y)*f) / 257) }
	return color.RGBA{R: at(ar, br), G: at(ag, bg), B: at(ab, bb), A: 0xff}
}
