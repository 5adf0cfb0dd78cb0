package data

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// A Generator makes a named dataset of n rows from a seed.
type Generator struct {
	Name        string
	Description string
	DefaultRows int
	make        func(n int, rng *rand.Rand) *Dataset
}

var generators = []Generator{
	{"linear", "the first document's regression: y = 1.5 − 2x + 0.5·noise, one feature", 100, linearRows},
	{"binary100", "the second document's task: 100 features, labels 0/1 from a hidden linear rule", 1000, binary100Rows},
	{"circles", "2-D: a disc (label 1) inside a ring (label 0)", 500, circlesRows},
	{"xor", "2-D: label 1 where x·y > 0 (TensorFlow Playground's XOR)", 500, xorRows},
	{"gaussians", "2-D: two Gaussian blobs, one per label", 500, gaussiansRows},
	{"spirals", "2-D: two interleaved spirals", 500, spiralsRows},
	{"moons", "2-D: two interleaving half circles", 500, moonsRows},
}

// Generators lists every generator, in a fixed order.
func Generators() []Generator { return append([]Generator(nil), generators...) }

// Names lists the generator names, for --dataset and its errors.
func Names() []string {
	names := make([]string, len(generators))
	for i, g := range generators {
		names[i] = g.Name
	}
	return names
}

// MaxRows bounds Generate's n, so a typo cannot exhaust memory.
const MaxRows = 1_000_000

// Generate makes the named dataset with n rows (0 means the generator's
// default) from seed.
func Generate(name string, n int, seed uint64) (*Dataset, error) {
	for _, g := range generators {
		if g.Name != name {
			continue
		}
		if n == 0 {
			n = g.DefaultRows
		}
		if n < 1 || n > MaxRows {
			return nil, fmt.Errorf("dataset %s: rows must be in [1, %d], got %d", name, MaxRows, n)
		}
		d := g.make(n, rand.New(rand.NewPCG(seed, 0xda7a)))
		d.Name = name
		return d, nil
	}
	return nil, fmt.Errorf("unknown dataset %q (valid: %s)", name, strings.Join(Names(), ", "))
}

// Linear is the first document's data, corrected: the document writes
// y = X·[1.5, −2.0] with X one column wide, which cannot multiply; the
// intended model has a bias, so here y = 1.5 − 2.0·x + 0.5·ε with x, ε
// standard normal. (numpy's seed-0 draws cannot be reproduced in Go, so
// the numbers differ from the document's, not the shape of the problem.)
func linearRows(n int, rng *rand.Rand) *Dataset {
	d := &Dataset{Features: []string{"x"}, Target: "y"}
	for range n {
		x := rng.NormFloat64()
		d.X = append(d.X, []float64{x})
		d.Y = append(d.Y, []float64{1.5 - 2.0*x + 0.5*rng.NormFloat64()})
	}
	return d
}

// binary100Rows stands in for the second document's x_train and y_train,
// which it never defines: 100 standard-normal features and a label that
// is 1 when a hidden random direction w scores the row above 0, with some
// noise so the classes overlap: y = [w·x/‖w‖ + 0.5·ε > 0].
func binary100Rows(n int, rng *rand.Rand) *Dataset {
	const features = 100
	w := make([]float64, features)
	norm := 0.0
	for i := range w {
		w[i] = rng.NormFloat64()
		norm += w[i] * w[i]
	}
	norm = math.Sqrt(norm)
	d := &Dataset{Target: "y"}
	for i := range features {
		d.Features = append(d.Features, fmt.Sprintf("x%d", i))
	}
	for range n {
		x := make([]float64, features)
		score := 0.0
		for i := range x {
			x[i] = rng.NormFloat64()
			score += w[i] * x[i] / norm
		}
		d.X = append(d.X, x)
		d.Y = append(d.Y, []float64{label(score+0.5*rng.NormFloat64() > 0)})
	}
	return d
}

func label(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// twoD builds a 2-D dataset from a function that places sample i with
// label i%2, so the classes are balanced.
func twoD(n int, point func(i int, label float64) (x, y float64)) *Dataset {
	d := &Dataset{Features: []string{"x1", "x2"}, Target: "label"}
	for i := range n {
		l := float64(i % 2)
		x, y := point(i, l)
		d.X = append(d.X, []float64{x, y})
		d.Y = append(d.Y, []float64{l})
	}
	return d
}

// circles: label 1 in a disc of radius 0.5, label 0 in a ring from 0.7 to
// 1, with a little Gaussian noise (after TensorFlow Playground).
func circlesRows(n int, rng *rand.Rand) *Dataset {
	return twoD(n, func(_ int, l float64) (float64, float64) {
		r := 0.5 * rng.Float64()
		if l == 0 {
			r = 0.7 + 0.3*rng.Float64()
		}
		t := 2 * math.Pi * rng.Float64()
		return r*math.Cos(t) + 0.05*rng.NormFloat64(), r*math.Sin(t) + 0.05*rng.NormFloat64()
	})
}

// xor: points in the square [−1, 1]², kept a little off the axes; the label
// is 1 where x and y have the same sign.
func xorRows(n int, rng *rand.Rand) *Dataset {
	d := &Dataset{Features: []string{"x1", "x2"}, Target: "label"}
	offAxis := func() float64 {
		v := 0.05 + 0.95*rng.Float64()
		if rng.IntN(2) == 0 {
			return -v
		}
		return v
	}
	for range n {
		x, y := offAxis(), offAxis()
		d.X = append(d.X, []float64{x, y})
		d.Y = append(d.Y, []float64{label(x*y > 0)})
	}
	return d
}

// gaussians: label 1 around (0.4, 0.4), label 0 around (−0.4, −0.4), both
// with standard deviation 0.25.
func gaussiansRows(n int, rng *rand.Rand) *Dataset {
	return twoD(n, func(_ int, l float64) (float64, float64) {
		c := 0.4
		if l == 0 {
			c = -0.4
		}
		return c + 0.25*rng.NormFloat64(), c + 0.25*rng.NormFloat64()
	})
}

// spirals: each label is an arm r = s, angle 1.75·2π·s (+π for label 0),
// for s from 0 to 1, with noise.
func spiralsRows(n int, rng *rand.Rand) *Dataset {
	return twoD(n, func(i int, l float64) (float64, float64) {
		s := float64(i/2) / float64((n+1)/2)
		t := 1.75 * 2 * math.Pi * s
		if l == 0 {
			t += math.Pi
		}
		return s*math.Sin(t) + 0.03*rng.NormFloat64(), s*math.Cos(t) + 0.03*rng.NormFloat64()
	})
}

// moons: scikit-learn's make_moons: label 0 on the upper half circle
// (cos t, sin t), label 1 on the lower one (1 − cos t, 0.5 − sin t), with
// noise 0.1.
func moonsRows(n int, rng *rand.Rand) *Dataset {
	return twoD(n, func(_ int, l float64) (float64, float64) {
		t := math.Pi * rng.Float64()
		x, y := math.Cos(t), math.Sin(t)
		if l == 1 {
			x, y = 1-x, 0.5-y
		}
		return x + 0.1*rng.NormFloat64(), y + 0.1*rng.NormFloat64()
	})
}
