// Package picture draws descent's charts into image files, PNG or SVG, with
// gonum.org/v1/plot: loss curves, optimizer paths over a surface's contour
// map, and a dataset's points over a model's decision boundary.
//
// A Figure says what to draw; Write draws it at slide size (1600×900
// pixels unless asked otherwise) and saves it through package outfile, so
// the file appears whole or not at all and never replaces a symlink.
//
// The pictures are made to be printed and projected: every series differs
// from the others by colour (the Okabe–Ito palette, safe for colour-blind
// readers) and also by dash pattern and marker shape, so they still read
// in greyscale; the legend sits beside the plot, not over it. Values that
// are not finite numbers (and values beyond ±1e300, which no axis can
// hold) are dropped; a series left with nothing is still named in the
// legend ("loss: no finite values"). Drawing never panics.
//
// Layout: a Figure with Curves and also a plane (a Surface, Paths, Points
// or Prob) is drawn as two panels side by side, the plane on the left with
// axes x and y, the curves on the right with XLabel and YLabel. A Figure
// with only one of them fills the picture, and XLabel and YLabel name its
// axes.
package picture
