// Code generated from descent/core/surface by go test ./runner -run Pristine -update; DO NOT EDIT.

package surface

import (
	"fmt"
	"math"
	"strings"
)

// A Point is a position in the plane.
type Point struct{ X, Y float64 }

// A Window is the rectangle a surface is usually plotted in.
type Window struct{ XMin, XMax, YMin, YMax float64 }

// A Surface is a function of two variables with its gradient and what is
// known about it.
type Surface struct {
	Name    string // the name `descent trace --func` takes
	Formula string // in Unicode math, for titles and the chapters
	Note    string // one line on what makes it interesting

	// Minima are the known global minimizers (empty for the saddle, which
	// has none: it is unbounded below).
	Minima []Point
	// MinValue is f at the minima (0 for all but the saddle).
	MinValue float64
	// Start is a suggested starting point where the surface's difficulty shows.
	Start  Point
	Window Window

	value    func(x, y float64) float64
	gradient func(x, y float64) (gx, gy float64)
}

// Value returns f(x, y).
func (s *Surface) Value(x, y float64) float64 { return s.value(x, y) }

// Gradient returns (∂f/∂x, ∂f/∂y) at (x, y).
func (s *Surface) Gradient(x, y float64) (gx, gy float64) { return s.gradient(x, y) }

// Names lists the surfaces ByName knows, in the order menus show them.
func Names() []string {
	return []string{"quadratic", "rosenbrock", "beale", "himmelblau", "saddle", "ellipse"}
}

// ByName returns a fresh surface. "ellipse" has condition number 10; use
// Ellipse for another κ.
func ByName(name string) (*Surface, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "quadratic":
		return Quadratic(), nil
	case "rosenbrock":
		return Rosenbrock(), nil
	case "beale":
		return Beale(), nil
	case "himmelblau":
		return Himmelblau(), nil
	case "saddle":
		return Saddle(), nil
	case "ellipse":
		return Ellipse(10)
	}
	return nil, fmt.Errorf("unknown function %q (valid: %s)", name, strings.Join(Names(), ", "))
}

// Quadratic is f = 0.1x² + 2y², a bowl forty times steeper across than
// along. Its Hessian is diag(0.2, 4), so L = 4 and gradient descent is stable
// only for η < 2/L = 0.5; its condition number is κ = 4/0.2 = 20.
func Quadratic() *Surface {
	return &Surface{
		Name:    "quadratic",
		Formula: "f(x, y) = 0.1x² + 2y²",
		Note:    "a narrow bowl: κ = 20, gradient descent is stable for η < 0.5",
		Minima:  []Point{{0, 0}},
		Start:   Point{-5, -2},
		Window:  Window{-6, 6, -3, 3},
		value:   func(x, y float64) float64 { return 0.1*x*x + 2*y*y },
		gradient: func(x, y float64) (float64, float64) {
			return 0.2 * x, 4 * y
		},
	}
}

// Rosenbrock is f = (1 − x)² + 100(y − x²)², a curved valley whose floor is
// easy to find and slow to follow to the minimum at (1, 1).
func Rosenbrock() *Surface {
	return &Surface{
		Name:    "rosenbrock",
		Formula: "f(x, y) = (1 − x)² + 100(y − x²)²",
		Note:    "a curved, flat-floored valley: easy to enter, slow to follow",
		Minima:  []Point{{1, 1}},
		Start:   Point{-1.2, 1},
		Window:  Window{-2, 2, -1, 3},
		value: func(x, y float64) float64 {
			a, b := 1-x, y-x*x
			return a*a + 100*b*b
		},
		gradient: func(x, y float64) (float64, float64) {
			b := y - x*x
			return -2*(1-x) - 400*x*b, 200 * b
		},
	}
}

// Beale is f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²,
// with flat plateaus and steep walls; its minimum is at (3, 0.5).
func Beale() *Surface {
	return &Surface{
		Name:    "beale",
		Formula: "f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²",
		Note:    "flat plateaus beside steep walls: step sizes must adapt",
		Minima:  []Point{{3, 0.5}},
		Start:   Point{1, 1.5},
		Window:  Window{-4.5, 4.5, -4.5, 4.5},
		value: func(x, y float64) float64 {
			t1, t2, t3 := bealeTerms(x, y)
			return t1*t1 + t2*t2 + t3*t3
		},
		gradient: func(x, y float64) (float64, float64) {
			t1, t2, t3 := bealeTerms(x, y)
			gx := 2*t1*(y-1) + 2*t2*(y*y-1) + 2*t3*(y*y*y-1)
			gy := 2*t1*x + 2*t2*(2*x*y) + 2*t3*(3*x*y*y)
			return gx, gy
		},
	}
}

func bealeTerms(x, y float64) (t1, t2, t3 float64) {
	return 1.5 - x + x*y, 2.25 - x + x*y*y, 2.625 - x + x*y*y*y
}

// Himmelblau is f = (x² + y − 11)² + (x + y² − 7)², with four minima of
// value 0: which one an optimizer finds depends on where it starts.
func Himmelblau() *Surface {
	return &Surface{
		Name:    "himmelblau",
		Formula: "f(x, y) = (x² + y − 11)² + (x + y² − 7)²",
		Note:    "four equal minima: the start decides which one you reach",
		// The last three are known to six decimals (Himmelblau 1972).
		Minima: []Point{{3, 2}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}},
		Start:  Point{0, 0},
		Window: Window{-5, 5, -5, 5},
		value: func(x, y float64) float64 {
			a, b := x*x+y-11, x+y*y-7
			return a*a + b*b
		},
		gradient: func(x, y float64) (float64, float64) {
			a, b := x*x+y-11, x+y*y-7
			return 4*x*a + 2*b, 2*a + 4*y*b
		},
	}
}

// Saddle is f = x² − y²: a minimum along x, a maximum along y, and no
// minimum at all. Started just off the ridge, a good optimizer escapes
// downhill along y; plain gradient descent escapes slowly.
func Saddle() *Surface {
	return &Surface{
		Name:     "saddle",
		Formula:  "f(x, y) = x² − y²",
		Note:     "a saddle point at the origin and no minimum: escape along y",
		MinValue: math.Inf(-1),
		Start:    Point{-1, 0.001},
		Window:   Window{-2, 2, -2, 2},
		value:    func(x, y float64) float64 { return x*x - y*y },
		gradient: func(x, y float64) (float64, float64) { return 2 * x, -2 * y },
	}
}

// Ellipse is f = ½(x² + κy²), a bowl with condition number κ (the ratio of
// its largest to smallest curvature). L = κ, so gradient descent needs
// η < 2/κ, and then makes progress along x at rate 1 − η: the larger κ, the
// slower. κ must be at least 1.
func Ellipse(kappa float64) (*Surface, error) {
	if math.IsNaN(kappa) || kappa < 1 || kappa > 1e6 {
		return nil, fmt.Errorf("condition number κ must be in [1, 1e6], got %g", kappa)
	}
	return &Surface{
		Name:    "ellipse",
		Formula: fmt.Sprintf("f(x, y) = ½(x² + %gy²)", kappa),
		Note:    fmt.Sprintf("condition number κ = %g: gradient descent needs η < %.4g", kappa, 2/kappa),
		Minima:  []Point{{0, 0}},
		Start:   Point{-4, 4 / math.Sqrt(kappa)},
		Window:  Window{-5, 5, -5 / math.Sqrt(kappa) * 1.5, 5 / math.Sqrt(kappa) * 1.5},
		value:   func(x, y float64) float64 { return 0.5 * (x*x + kappa*y*y) },
		gradient: func(x, y float64) (float64, float64) {
			return x, kappa * y
		},
	}, nil
}
