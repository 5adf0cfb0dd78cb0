package book

import (
	"fmt"
	"math"
	"strings"
)

// A Path is one named sequence of points in the plane: an optimizer's
// trajectory over a 2-D surface.
type Path struct {
	Name string
	X, Y []float64
}

// PathOptions shape a path plot.
type PathOptions struct {
	Width, Height          int // in characters (default 60 × 20)
	XMin, XMax, YMin, YMax float64
	// Level, when set, is the surface's value: its contour lines (every
	// factor of ten above Floor) are drawn as dots behind the paths.
	Level func(x, y float64) float64
	Floor float64 // the surface's minimum value, so contours are of Level − Floor
	// Mark, when set, is a point drawn as '*' (usually the minimum).
	Mark *[2]float64
}

// Paths draws trajectories over the window: each path in its own digit
// (1, 2, 3, …, drawn in that order, so a later path covers an earlier one
// where they cross), with its start as 'S' when all paths share it. Points
// that are not finite or fall outside the window are skipped; it never
// panics.
func Paths(paths []Path, o PathOptions) string {
	if o.Width <= 0 {
		o.Width = 60
	}
	if o.Height <= 0 {
		o.Height = 20
	}
	if !(o.XMax > o.XMin) || !(o.YMax > o.YMin) {
		return "(no window to draw paths in)\n"
	}
	grid := make([][]rune, o.Height)
	for r := range grid {
		grid[r] = []rune(strings.Repeat(" ", o.Width))
	}
	// Cell (col, row) covers x from XMin + col·dx, y from YMax − row·dy down.
	dx := (o.XMax - o.XMin) / float64(o.Width)
	dy := (o.YMax - o.YMin) / float64(o.Height)
	cell := func(x, y float64) (int, int, bool) {
		if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
			return 0, 0, false
		}
		c, r := int(math.Floor((x-o.XMin)/dx)), int(math.Floor((o.YMax-y)/dy))
		return c, r, c >= 0 && c < o.Width && r >= 0 && r < o.Height
	}
	if o.Level != nil {
		level := func(c, r int) int {
			v := o.Level(o.XMin+(float64(c)+0.5)*dx, o.YMax-(float64(r)+0.5)*dy) - o.Floor
			if !(v > 0) || math.IsInf(v, 0) {
				return math.MinInt32
			}
			return int(math.Floor(math.Log10(v)))
		}
		for r := 0; r < o.Height; r++ {
			for c := 0; c < o.Width; c++ {
				l := level(c, r)
				if (c+1 < o.Width && level(c+1, r) != l) || (r+1 < o.Height && level(c, r+1) != l) {
					grid[r][c] = '·'
				}
			}
		}
	}
	sameStart := len(paths) > 0
	for i, p := range paths {
		mark := rune('1' + i%9)
		n := min(len(p.X), len(p.Y))
		for k := 0; k < n; k++ {
			// Draw the segment from the previous point too, so a path reads
			// as a line even when its steps are longer than a cell.
			steps := 1
			if k > 0 {
				steps = 1 + int(math.Max(math.Abs(p.X[k]-p.X[k-1])/dx, math.Abs(p.Y[k]-p.Y[k-1])/dy))
				steps = min(steps, 4*(o.Width+o.Height))
			}
			for s := 1; s <= steps; s++ {
				x, y := p.X[k], p.Y[k]
				if k > 0 {
					f := float64(s) / float64(steps)
					x, y = p.X[k-1]+f*(p.X[k]-p.X[k-1]), p.Y[k-1]+f*(p.Y[k]-p.Y[k-1])
				}
				if c, r, ok := cell(x, y); ok {
					grid[r][c] = mark
				}
			}
		}
		if n == 0 || len(paths[0].X) == 0 || p.X[0] != paths[0].X[0] || p.Y[0] != paths[0].Y[0] {
			sameStart = false
		}
	}
	if o.Mark != nil {
		if c, r, ok := cell(o.Mark[0], o.Mark[1]); ok {
			grid[r][c] = '*'
		}
	}
	if sameStart {
		if c, r, ok := cell(paths[0].X[0], paths[0].Y[0]); ok {
			grid[r][c] = 'S'
		}
	}
	var b strings.Builder
	top, bottom := fmt.Sprintf("%.3g", o.YMax), fmt.Sprintf("%.3g", o.YMin)
	pad := max(len(top), len(bottom))
	for r, row := range grid {
		label := ""
		switch r {
		case 0:
			label = top
		case o.Height - 1:
			label = bottom
		}
		fmt.Fprintf(&b, "%*s │%s\n", pad, label, strings.TrimRight(string(row), " "))
	}
	left, right := fmt.Sprintf("%.3g", o.XMin), fmt.Sprintf("%.3g", o.XMax)
	fmt.Fprintf(&b, "%*s └%s\n", pad, "", strings.Repeat("─", o.Width))
	fmt.Fprintf(&b, "%*s  %s%*s\n", pad, "", left, o.Width-len(left), right)
	var legend []string
	for i, p := range paths {
		legend = append(legend, fmt.Sprintf("%c %s", '1'+i%9, p.Name))
	}
	if sameStart {
		legend = append(legend, "S start")
	}
	if o.Mark != nil {
		legend = append(legend, "* minimum")
	}
	if o.Level != nil {
		legend = append(legend, "· contours every ×10")
	}
	b.WriteString(strings.Join(legend, "   ") + "\n")
	return b.String()
}
