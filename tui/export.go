package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"descent/chapters/book"
	"descent/picture"
	"descent/tui/lab"
)

// exportFor is how the lab saves its view as a picture: a PNG of the map
// (or the data and the decision boundary) beside the loss curves, sized for
// a slide, in the current directory under a name no file has yet.
func exportFor(d *deps) func(lab.Frame) (string, error) {
	dir := d.ExportDir
	return func(f lab.Frame) (string, error) {
		name, err := freshName(dir, "descent-lab-"+exportName(f.Name), ".png")
		if err != nil {
			return "", err
		}
		if err := picture.Write(name, figureOf(f)); err != nil {
			os.Remove(name) // the placeholder freshName made
			return "", err
		}
		if abs, err := filepath.Abs(name); err == nil {
			name = abs
		}
		return name, nil
	}
}

// freshName creates (empty) and returns dir/prefix-N.ext for the first N
// that names no file, so an export never overwrites anything.
func freshName(dir, prefix, ext string) (string, error) {
	for n := 1; n < 10000; n++ {
		name := filepath.Join(dir, fmt.Sprintf("%s-%d%s", prefix, n, ext))
		f, err := os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if os.IsExist(err) {
			continue
		}
		if err != nil {
			return "", err
		}
		f.Close()
		return name, nil
	}
	return "", fmt.Errorf("%s: 9,999 pictures already; move some away", filepath.Join(dir, prefix+"-*"+ext))
}

// figureOf turns the lab's frame into a picture: the same surface, paths,
// points, boundary and curves the terminal shows.
func figureOf(f lab.Frame) picture.Figure {
	fig := picture.Figure{Title: f.Title, XLabel: f.XLabel, YLabel: "loss", LogY: f.Scale == book.Log}
	for _, l := range f.Losses {
		fig.Curves = append(fig.Curves, picture.Curve{Name: l.Name, X: l.X, Y: l.Y})
	}
	if f.Surface != nil {
		s := &picture.Surface{F: f.Surface.Value, XMin: f.View.XMin, XMax: f.View.XMax, YMin: f.View.YMin, YMax: f.View.YMax}
		for _, m := range f.Surface.Minima {
			s.Minima = append(s.Minima, [2]float64{m.X, m.Y})
		}
		fig.Surface = s
		for i := range f.PathX {
			fig.Paths = append(fig.Paths, picture.Path{Name: f.Names[i], X: f.PathX[i], Y: f.PathY[i]})
		}
	}
	for _, p := range f.Points {
		fig.Points = append(fig.Points, picture.Point{X: p.X, Y: p.Y, Class: p.Class})
	}
	fig.Prob = f.Prob
	return fig
}

// exportName is a file-name-safe version of a surface or dataset name.
func exportName(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '-'
	}, strings.ToLower(s))
}
