package book

// A Figure is a chart as data: the series or paths a cell drew as text,
// kept so that `descent run … --plot FILE.png` can draw the same chart as
// a picture. Exactly one of Curves or Paths is set.
type Figure struct {
	Curves       []Series
	CurveOptions CurveOptions
	Paths        []Path
	PathOptions  PathOptions
}

// A FigureOutput is an Output that keeps figures (the `run --plot`
// command's). Other outputs ignore them.
type FigureOutput interface {
	Output
	Figure(f Figure)
}

// Offer hands f to out if out keeps figures. The last figure a cell
// offers is the one a picture shows.
func Offer(out Output, f Figure) {
	if fo, ok := out.(FigureOutput); ok {
		fo.Figure(f)
	}
}

// PrintCurves prints Curves(series, o) as text and offers the figure.
func PrintCurves(out Output, series []Series, o CurveOptions) {
	out.Printf("%s", Curves(series, o))
	Offer(out, Figure{Curves: series, CurveOptions: o})
}

// FrameCurves draws Curves(series, o) in the live area (for a curve that
// grows while the cell runs) and offers the figure.
func FrameCurves(out Output, series []Series, o CurveOptions) {
	out.Frame(Curves(series, o))
	Offer(out, Figure{Curves: series, CurveOptions: o})
}

// PrintPaths prints Paths(paths, o) as text and offers the figure.
func PrintPaths(out Output, paths []Path, o PathOptions) {
	out.Printf("%s", Paths(paths, o))
	Offer(out, Figure{Paths: paths, PathOptions: o})
}
