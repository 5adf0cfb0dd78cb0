package train

import (
	"context"
	"math"
	"strings"
	"testing"

	"descent/core/optim"
	"descent/core/surface"
)

// plainGD is the smallest optimizer, so these tests depend on this package
// alone; core/optim's own tests check the real ones.
type plainGD struct{ lr float64 }

func (g *plainGD) Name() string { return "gd" }
func (g *plainGD) Step(p, grad []float64) {
	for i := range p {
		p[i] -= g.lr * grad[i]
	}
}
func (g *plainGD) Reset()                    {}
func (g *plainGD) LearningRate() float64     { return g.lr }
func (g *plainGD) SetLearningRate(l float64) { g.lr = l }
func (g *plainGD) Hyperparameters() []optim.Hyperparameter {
	return []optim.Hyperparameter{{Name: "lr", Value: g.lr}}
}

func TestTraceConvergesBelowTwoOverL(t *testing.T) {
	s := surface.Quadratic()
	tr, err := RunTrace(context.Background(), s, &plainGD{0.4}, s.Start, 30)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Status != OK || len(tr.Points) != 31 {
		t.Fatalf("status %s with %d points, want ok with 31", tr.Status, len(tr.Points))
	}
	if tr.Points[0] != (Point{0, -5, -2, 10.5}) {
		t.Errorf("step 0 must be the start, got %+v", tr.Points[0])
	}
	// y flips sign each step with factor 1 − 0.4·4 = −0.6.
	if got := tr.Points[1].Y; math.Abs(got-1.2) > 1e-12 {
		t.Errorf("y after one step = %g, want 1.2", got)
	}
	if last := tr.Points[30]; last.Loss > 0.02 {
		t.Errorf("loss after 30 steps = %g, want < 0.02", last.Loss)
	}
}

func TestTraceStopsAtLastFinitePointWhenDiverging(t *testing.T) {
	s := surface.Quadratic()
	tr, err := RunTrace(context.Background(), s, &plainGD{0.6}, s.Start, 100000)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Status != Diverged {
		t.Fatalf("status %s, want diverged", tr.Status)
	}
	if !strings.Contains(tr.Reason, "diverged at step") || !strings.Contains(tr.Reason, "learning rate") {
		t.Errorf("reason should say when and why: %q", tr.Reason)
	}
	for _, p := range tr.Points {
		if !finite(p.X) || !finite(p.Y) || !finite(p.Loss) {
			t.Fatalf("non-finite point kept: %+v", p)
		}
	}
	if n := len(tr.Points); n < 100 || n > 2000 {
		t.Errorf("diverging run kept %d points; |y| grows by 1.4× a step so it overflows after roughly 2,000", n)
	}
}

func TestSaddleEscapeIsExplained(t *testing.T) {
	s := surface.Saddle()
	tr, _ := RunTrace(context.Background(), s, &plainGD{0.5}, s.Start, MaxSteps)
	if tr.Status != Diverged || !strings.Contains(tr.Reason, "no minimum") {
		t.Errorf("status %s, reason %q: want diverged with the saddle explanation", tr.Status, tr.Reason)
	}
}

func TestTraceRejectsBadSteps(t *testing.T) {
	s := surface.Quadratic()
	for _, n := range []int{-1, MaxSteps + 1} {
		if _, err := RunTrace(context.Background(), s, &plainGD{0.1}, s.Start, n); err == nil {
			t.Errorf("steps %d accepted", n)
		}
	}
	if _, err := RunTrace(context.Background(), s, &plainGD{0.1}, surface.Point{X: math.Inf(1)}, 1); err == nil {
		t.Error("infinite start accepted")
	}
}

func TestTraceHonoursCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s := surface.Quadratic()
	tr, err := RunTrace(ctx, s, &plainGD{0.1}, s.Start, 1_000_000)
	if err != nil || tr.Status != Canceled || len(tr.Points) != 1 {
		t.Errorf("got %s with %d points (err %v), want canceled at the start", tr.Status, len(tr.Points), err)
	}
}

func TestStepAfterDivergenceIsANoOp(t *testing.T) {
	s := surface.Quadratic()
	run, _ := NewSurfaceRun(s, &plainGD{1e308}, s.Start)
	if _, ok := run.Step(); ok {
		t.Fatal("a step of 1e308 should overflow")
	}
	before := run.Current()
	if p, ok := run.Step(); ok || p != before || run.Status() != Diverged {
		t.Errorf("step after divergence moved the run: %+v", p)
	}
}

func TestRecorderStaysBoundedAndKeepsEnds(t *testing.T) {
	r := NewRecorder(100)
	for i := 0; i <= 100_000; i++ {
		r.Add(Point{Step: i, Loss: float64(i)})
	}
	pts, seen := r.Snapshot(nil)
	if seen != 100_001 {
		t.Errorf("seen %d, want 100001", seen)
	}
	if len(pts) > 101 || len(pts) < 50 {
		t.Errorf("kept %d points, want between 50 and 101", len(pts))
	}
	if pts[0].Step != 0 || pts[len(pts)-1].Step != 100_000 {
		t.Errorf("ends are %d and %d, want 0 and 100000", pts[0].Step, pts[len(pts)-1].Step)
	}
	for i := 1; i < len(pts); i++ {
		if pts[i].Step <= pts[i-1].Step {
			t.Fatalf("points out of order at %d", i)
		}
	}
	r.Reset()
	if pts, seen := r.Snapshot(pts); len(pts) != 0 || seen != 0 {
		t.Errorf("reset left %d points", len(pts))
	}
}

func BenchmarkRecorderAdd(b *testing.B) {
	r := NewRecorder(2000)
	for i := 0; i < b.N; i++ {
		r.Add(Point{Step: i})
	}
}

// With ε = 0 an adaptive optimizer divides by zero where the squared
// gradient is 0; the reason says so instead of blaming the learning rate,
// and names values in words.
func TestDivisionByZeroIsNamed(t *testing.T) {
	s := surface.Quadratic()
	cases := []struct {
		opt   string
		start surface.Point
		want  string
	}{
		{"adam", surface.Point{X: 1e-170, Y: 1e-170}, "diverged at step 1: x became infinite (division by zero: with ε = 0 the denominator is the root of the squared-gradient average alone, and it underflowed to 0 (|g| = 4e-170 here); set --eps above 0"},
		{"rmsprop", surface.Point{X: -1e-170, Y: 1e-170}, "x became infinite (division by zero"},
	}
	for _, c := range cases {
		opt, err := optim.New(c.opt, map[string]float64{"eps": 0})
		if err != nil {
			t.Fatal(err)
		}
		tr, err := RunTrace(context.Background(), s, opt, c.start, 10)
		if err != nil {
			t.Fatal(err)
		}
		if tr.Status != Diverged || !strings.Contains(tr.Reason, c.want) || strings.Contains(tr.Reason, "learning rate") {
			t.Errorf("%s: %s, %q; want %q", c.opt, tr.Status, tr.Reason, c.want)
		}
		if strings.Contains(tr.Reason, "NaN") || strings.Contains(tr.Reason, "Inf") {
			t.Errorf("reason prints a non-finite value: %q", tr.Reason)
		}
	}
}

// A loss that grows a trillion-fold has diverged though it is finite,
// when the caller asks for that limit; without it, Growth reports it.
func TestGrowthLimit(t *testing.T) {
	s := surface.Quadratic()
	tr, _ := RunTraceWith(context.Background(), s, &plainGD{0.6}, s.Start, 50, TraceOptions{GrowthLimit: 1e12})
	last := tr.Points[len(tr.Points)-1]
	if tr.Status != Diverged || !strings.Contains(tr.Reason, "the loss passed 1e+12 × its start") || last.Loss <= 1e12*10.5 || !finite(last.Loss) {
		t.Errorf("%s at step %d (loss %g): %q", tr.Status, last.Step, last.Loss, tr.Reason)
	}
	free, _ := RunTrace(context.Background(), s, &plainGD{0.6}, s.Start, 50)
	if free.Status != OK || free.Growth < 1e6 {
		t.Errorf("without a limit: %s, growth %g", free.Status, free.Growth)
	}
	calm, _ := RunTrace(context.Background(), s, &plainGD{0.4}, s.Start, 50)
	if calm.Growth > 1 {
		t.Errorf("a converging run grew %g-fold", calm.Growth)
	}
}
