package surface

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
)

func all(t *testing.T) []*Surface {
	t.Helper()
	var out []*Surface
	for _, name := range Names() {
		s, err := ByName(name)
		if err != nil {
			t.Fatalf("ByName(%q): %v", name, err)
		}
		out = append(out, s)
	}
	k100, err := Ellipse(100)
	if err != nil {
		t.Fatal(err)
	}
	return append(out, k100)
}

// The analytic gradient must agree with a central difference everywhere in
// the plot window.
func TestGradientMatchesCentralDifference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, s := range all(t) {
		f := func(p []float64) float64 { return s.Value(p[0], p[1]) }
		w := s.Window
		for i := 0; i < 50; i++ {
			x := w.XMin + rng.Float64()*(w.XMax-w.XMin)
			y := w.YMin + rng.Float64()*(w.YMax-w.YMin)
			want := fd.Gradient(nil, f, []float64{x, y}, &fd.Settings{Formula: fd.Central, Step: 1e-6})
			gx, gy := s.Gradient(x, y)
			for j, got := range []float64{gx, gy} {
				if math.Abs(got-want[j]) > 1e-4*(1+math.Abs(want[j])) {
					t.Errorf("%s at (%g, %g): ∂f/∂%c = %g, central difference gives %g", s.Name, x, y, "xy"[j], got, want[j])
				}
			}
		}
	}
}

func TestMinimaAreFlatAndLowest(t *testing.T) {
	for _, s := range all(t) {
		for _, m := range s.Minima {
			if v := s.Value(m.X, m.Y); math.Abs(v-s.MinValue) > 1e-9 {
				t.Errorf("%s: f%v = %g, want %g", s.Name, m, v, s.MinValue)
			}
			gx, gy := s.Gradient(m.X, m.Y)
			if math.Hypot(gx, gy) > 1e-4 {
				t.Errorf("%s: gradient at minimum %v is (%g, %g), want ≈ 0", s.Name, m, gx, gy)
			}
		}
		if s.Name == "saddle" {
			if len(s.Minima) != 0 || !math.IsInf(s.MinValue, -1) {
				t.Errorf("saddle should report no minimum")
			}
			continue
		}
		if len(s.Minima) == 0 {
			t.Errorf("%s has no known minimum", s.Name)
		}
	}
}

func TestStartIsInsideWindowAndNotAMinimum(t *testing.T) {
	for _, s := range all(t) {
		w, p := s.Window, s.Start
		if p.X < w.XMin || p.X > w.XMax || p.Y < w.YMin || p.Y > w.YMax {
			t.Errorf("%s: start %v outside window %+v", s.Name, p, w)
		}
		if gx, gy := s.Gradient(p.X, p.Y); gx == 0 && gy == 0 {
			t.Errorf("%s: start %v is a stationary point", s.Name, p)
		}
	}
}

func TestKnownValues(t *testing.T) {
	cases := []struct {
		name       string
		x, y, want float64
	}{
		{"quadratic", -5, -2, 10.5}, // matches the reference trajectory's first point
		{"rosenbrock", -1.2, 1, 24.2},
		{"beale", 0, 0, 14.203125},
		{"himmelblau", 0, 0, 170},
		{"saddle", 1, 2, -3},
	}
	for _, c := range cases {
		s, _ := ByName(c.name)
		if got := s.Value(c.x, c.y); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%s(%g, %g) = %g, want %g", c.name, c.x, c.y, got, c.want)
		}
	}
}

func TestByNameRejectsUnknownWithTheValidNames(t *testing.T) {
	_, err := ByName("banana")
	if err == nil || !strings.Contains(err.Error(), "rosenbrock") || !strings.Contains(err.Error(), `"banana"`) {
		t.Fatalf("want an error naming the input and listing valid names, got %v", err)
	}
	if s, err := ByName(" Rosenbrock "); err != nil || s.Name != "rosenbrock" {
		t.Errorf("names should be case- and space-insensitive: %v", err)
	}
}

func TestEllipseValidatesKappa(t *testing.T) {
	for _, k := range []float64{0, 0.5, -1, math.NaN(), math.Inf(1), 1e7} {
		if _, err := Ellipse(k); err == nil || !strings.Contains(err.Error(), "[1, 1e6]") {
			t.Errorf("Ellipse(%g): want a range error, got %v", k, err)
		}
	}
	s, err := Ellipse(50)
	if err != nil {
		t.Fatal(err)
	}
	// The Hessian is diag(1, κ): the gradient at (1, 1) is (1, κ).
	if gx, gy := s.Gradient(1, 1); gx != 1 || gy != 50 {
		t.Errorf("ellipse κ=50 gradient at (1,1) = (%g, %g), want (1, 50)", gx, gy)
	}
}
