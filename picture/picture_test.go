package picture

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var (
	inf = math.Inf(1)
	nan = math.NaN()
)

func rosenbrock(x, y float64) float64 { return (1-x)*(1-x) + 100*(y-x*x)*(y-x*x) }

// figures has one figure of each layout.
func figures() map[string]Figure {
	var pathX, pathY, loss []float64
	x, y := -1.2, 1.0
	for range 200 {
		pathX, pathY, loss = append(pathX, x), append(pathY, y), append(loss, rosenbrock(x, y))
		gx, gy := -2*(1-x)-400*x*(y-x*x), 200*(y-x*x)
		x, y = x-0.001*gx, y-0.001*gy
	}
	var points []Point
	for i := range 100 {
		a, r := float64(i)*0.37, 1+float64(i%2)
		points = append(points, Point{X: r * math.Cos(a), Y: r * math.Sin(a), Class: i % 2})
	}
	ring := func(x, y float64) float64 { return 1 / (1 + math.Exp(-6*(math.Hypot(x, y)-1.5))) }
	epochs := []float64{1, 2, 3, 4}
	curves := []Curve{{Name: "loss", X: epochs, Y: []float64{0.7, 0.5, 0.4, 0.35}}, {Name: "accuracy", X: epochs, Y: []float64{0.5, 0.8, 0.9, 0.95}}}
	surface := &Surface{F: rosenbrock, XMin: -2, XMax: 2, YMin: -1, YMax: 3, Minima: [][2]float64{{1, 1}}}
	return map[string]Figure{
		"curves":     {Title: "curves", XLabel: "epoch", YLabel: "value", Curves: curves},
		"log curves": {Title: "log", LogY: true, Curves: []Curve{{Name: "loss", Y: loss}}},
		"map":        {Title: "map", Surface: surface, Paths: []Path{{Name: "sgd", X: pathX, Y: pathY}}},
		"map+loss":   {Title: "trace", XLabel: "step", YLabel: "loss", LogY: true, Surface: surface, Paths: []Path{{Name: "sgd", X: pathX, Y: pathY}}, Curves: []Curve{{Name: "loss", Y: loss}}},
		"boundary":   {Title: "boundary", Points: points, Prob: ring},
		"train":      {Title: "train", XLabel: "epoch", Points: points, Prob: ring, Curves: curves},
	}
}

// checkPNG decodes a PNG file and checks its size in pixels.
func checkPNG(t *testing.T, path string, width, height int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: not a PNG: %v", path, err)
	}
	if b := img.Bounds(); b.Dx() != width || b.Dy() != height {
		t.Errorf("%s is %d×%d pixels, want %d×%d", path, b.Dx(), b.Dy(), width, height)
	}
}

// checkSVG parses an SVG file as XML and returns its text.
func checkSVG(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	root := ""
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("%s: not well-formed XML: %v", path, err)
			}
			break
		}
		if el, ok := tok.(xml.StartElement); ok && root == "" {
			root = el.Name.Local
			var w, h bool
			for _, a := range el.Attr {
				w = w || a.Name.Local == "width"
				h = h || a.Name.Local == "height"
			}
			if !w || !h {
				t.Errorf("%s: <svg> without width and height", path)
			}
		}
	}
	if root != "svg" {
		t.Errorf("%s: root element %q, want svg", path, root)
	}
	return string(b)
}

func TestWritesPNGAndSVG(t *testing.T) {
	dir := t.TempDir()
	for name, f := range figures() {
		base := filepath.Join(dir, strings.ReplaceAll(name, " ", "-"))
		if err := Write(base+".png", f); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkPNG(t, base+".png", 1600, 900)
		if err := Write(base+".SVG", f); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if svg := checkSVG(t, base+".SVG"); !strings.Contains(svg, f.Title) {
			t.Errorf("%s: the title is not in the SVG", name)
		}
	}
	f := figures()["map+loss"]
	f.Width, f.Height = 640, 480
	if err := Write(filepath.Join(dir, "small.png"), f); err != nil {
		t.Fatal(err)
	}
	checkPNG(t, filepath.Join(dir, "small.png"), 640, 480)
}

// Values no axis can show are dropped, a series left empty is named, and
// nothing panics.
func TestUnusableValuesAreDroppedAndNamed(t *testing.T) {
	dir := t.TempDir()
	flat := func(x, y float64) float64 { return 1 + 1e-300*x }
	cases := map[string]Figure{
		"curves": {Curves: []Curve{
			{Name: "empty"}, {Name: "bad", Y: []float64{nan, inf, -inf, 1e308}},
			{Name: "gaps", Y: []float64{1, nan, 0.5, inf, 0.25}}, {Name: "flat", Y: []float64{2, 2, 2}},
			{Name: "huge", Y: []float64{-1e300, 1e300}}, {Name: "short x", X: []float64{1}, Y: []float64{1, 2}},
		}},
		"log of negatives": {LogY: true, Curves: []Curve{{Name: "bad", Y: []float64{-1, 0, nan}}}},
		"log mixed":        {LogY: true, Curves: []Curve{{Name: "loss", Y: []float64{-5, 1e-300, 1e300, 3}}}},
		"nan surface": {Surface: &Surface{F: func(x, y float64) float64 { return nan }, XMin: -1, XMax: 1, YMin: -1, YMax: 1},
			Paths: []Path{{Name: "flies off", X: []float64{0, 10, 1e200, inf}, Y: []float64{0, 10, 1e200, nan}}, {Name: "none"}}},
		"flat surface":    {Surface: &Surface{F: flat, XMin: -1, XMax: 1, YMin: -1, YMax: 1, Minima: [][2]float64{{nan, 0}, {5, 5}}}},
		"inverted window": {Surface: &Surface{F: rosenbrock, XMin: 1, XMax: -1, YMin: inf, YMax: 0}, Paths: []Path{{X: []float64{0, 1}, Y: []float64{0, 1}}}},
		"bad points":      {Points: []Point{{X: nan, Y: 1}, {X: inf, Y: 0, Class: 1}}, Prob: func(x, y float64) float64 { return nan }},
		"wild prob":       {Points: []Point{{X: 0, Y: 0}, {X: 1, Y: 1, Class: 1}}, Prob: func(x, y float64) float64 { return 3*x - 1 }},
		"one point":       {Points: []Point{{X: 2, Y: 2}}},
	}
	for name, f := range cases {
		for _, ext := range []string{".png", ".svg"} {
			path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+ext)
			if err := Write(path, f); err != nil {
				t.Errorf("%s%s: %v", name, ext, err)
			}
		}
	}
	svg := checkSVG(t, filepath.Join(dir, "curves.svg"))
	for _, want := range []string{"empty: no finite values", "bad: no finite values", "gaps", "flat", "huge"} {
		if !strings.Contains(svg, want) {
			t.Errorf("legend lacks %q", want)
		}
	}
	if svg := checkSVG(t, filepath.Join(dir, "log-of-negatives.svg")); !strings.Contains(svg, "bad: no positive values") {
		t.Error("a series a log axis cannot show is not named")
	}
	if svg := checkSVG(t, filepath.Join(dir, "nan-surface.svg")); !strings.Contains(svg, "flies off (leaves the view at point 1)") ||
		!strings.Contains(svg, "none: no finite values") || !strings.Contains(svg, "surface: no finite values in view") {
		t.Error("paths that leave the view or have no points are not named")
	}
}

func TestRefusesWhatItCannotDraw(t *testing.T) {
	dir := t.TempDir()
	ok := figures()["curves"]
	tiny := ok
	tiny.Width = 50
	cases := []struct {
		path string
		f    Figure
		want string
	}{
		{"plot.jpg", ok, "cannot draw a .jpg file; a picture file must end in .png or .svg"},
		{"plot", ok, "a picture file must end in .png or .svg"},
		{"tiny.png", tiny, "picture size 50×900: each side must be 100 to 8000 pixels"},
		{"empty.png", Figure{Title: "nothing"}, "the figure has nothing to draw"},
	}
	for _, c := range cases {
		err := Write(filepath.Join(dir, c.path), c.f)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.path, err, c.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("refused pictures left files: %v", entries)
	}
	if err := CheckPath("a.Png"); err != nil {
		t.Error(err)
	}
}

// Without colour, series still differ: no two of the first 24 share both
// a dash pattern and a marker.
func TestSeriesDifferWithoutColour(t *testing.T) {
	seen := map[string]int{}
	for i := range 24 {
		key := fmt.Sprintf("%v %T", lineStyle(i).Dashes, glyphStyle(i, 1).Shape)
		if j, dup := seen[key]; dup {
			t.Errorf("series %d and %d look alike in greyscale (%s)", j, i, key)
		}
		seen[key] = i
	}
}
