package optim_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"descent/core/optim"
)

func TestClipByValue(t *testing.T) {
	g := []float64{-3, -0.5, 0, 0.5, 3, math.Inf(1), math.Inf(-1), math.NaN()}
	n := optim.ClipByValue(g, 1)
	want := []float64{-1, -0.5, 0, 0.5, 1, 1, -1}
	if !slices.Equal(g[:7], want) || !math.IsNaN(g[7]) || n != 4 {
		t.Errorf("ClipByValue = %v (%d clipped), want %v, NaN (4)", g, n, want)
	}
	for _, bad := range []float64{0, -1, math.NaN()} {
		g := []float64{5, -5}
		if n := optim.ClipByValue(g, bad); n != 0 || !slices.Equal(g, []float64{5, -5}) {
			t.Errorf("limit %g changed grad to %v", bad, g)
		}
	}
}

func TestClipByGlobalNorm(t *testing.T) {
	g := []float64{3, 4} // norm 5
	if before := optim.ClipByGlobalNorm(g, 1); before != 5 {
		t.Errorf("norm before = %g, want 5", before)
	}
	if math.Abs(g[0]-0.6) > 1e-15 || math.Abs(g[1]-0.8) > 1e-15 {
		t.Errorf("clipped to %v, want [0.6 0.8] (same direction, norm 1)", g)
	}

	small := []float64{0.3, 0.4}
	if before := optim.ClipByGlobalNorm(small, 1); before != 0.5 || !slices.Equal(small, []float64{0.3, 0.4}) {
		t.Errorf("under the limit: norm %g, grad %v; want 0.5 and unchanged", before, small)
	}

	huge := []float64{1e200, 1e200}
	before := optim.ClipByGlobalNorm(huge, 1)
	if math.Abs(before-math.Sqrt2*1e200) > 1e186 {
		t.Errorf("norm of (1e200, 1e200) = %g, want 1.414e200 (no overflow)", before)
	}
	if math.Abs(math.Hypot(huge[0], huge[1])-1) > 1e-15 {
		t.Errorf("after clipping: %v", huge)
	}

	for _, bad := range []float64{math.NaN(), math.Inf(1)} {
		g := []float64{bad, 1}
		before := optim.ClipByGlobalNorm(g, 1)
		if !math.IsNaN(before) && !math.IsInf(before, 1) || g[1] != 1 {
			t.Errorf("grad with %g: norm %g, grad %v; want a non-finite norm and grad left alone", bad, before, g)
		}
	}
	if before := optim.ClipByGlobalNorm([]float64{math.Inf(1), math.Inf(-1)}, 1); !math.IsInf(before, 1) {
		t.Errorf("norm of (Inf, -Inf) = %g, want +Inf", before)
	}
	if before := optim.ClipByGlobalNorm(nil, 1); before != 0 {
		t.Errorf("norm of nothing = %g", before)
	}
}

func TestClipAllByGlobalNormTreatsSlicesAsOneVector(t *testing.T) {
	a, b := []float64{3}, []float64{0, 4}
	if before := optim.ClipAllByGlobalNorm([][]float64{a, b}, 2.5); before != 5 {
		t.Errorf("norm before = %g, want 5", before)
	}
	if !slices.Equal(a, []float64{1.5}) || !slices.Equal(b, []float64{0, 2}) {
		t.Errorf("clipped to %v %v, want [1.5] [0 2]", a, b)
	}
}

func TestClipSetting(t *testing.T) {
	if _, err := optim.NewClip("norm", 0); err == nil || !strings.Contains(err.Error(), "(0, ∞), got 0") {
		t.Errorf("NewClip(norm, 0) error = %v", err)
	}
	if _, err := optim.NewClip("bogus", 1); err == nil || !strings.Contains(err.Error(), "valid: none, value, norm") {
		t.Errorf("NewClip(bogus) error = %v", err)
	}
	c, err := optim.NewClip("value", 1)
	if err != nil {
		t.Fatal(err)
	}
	g1, g2 := []float64{3}, []float64{-4}
	if before := c.Apply(g1, g2); before != 5 || g1[0] != 1 || g2[0] != -1 {
		t.Errorf("value clip: norm %g, grads %v %v", before, g1, g2)
	}
	c, _ = optim.NewClip("norm", 1)
	g1, g2 = []float64{3}, []float64{-4}
	if before := c.Apply(g1, g2); before != 5 || math.Abs(g1[0]-0.6) > 1e-15 || math.Abs(g2[0]+0.8) > 1e-15 {
		t.Errorf("norm clip: norm %g, grads %v %v", before, g1, g2)
	}
	var none optim.Clip
	g1 = []float64{30}
	if before := none.Apply(g1); before != 30 || g1[0] != 30 || none.Kind() != "none" {
		t.Errorf("zero Clip changed grad: %v", g1)
	}
	if n := testing.AllocsPerRun(100, func() { c.Apply(g1, g2) }); n != 0 {
		t.Errorf("Clip.Apply allocates %g times", n)
	}
}
