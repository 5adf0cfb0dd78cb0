package ch03

import (
	"math"
	"math/rand/v2"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

// The chapter's warm-up experiment (chapters/03-algorithms/warmupnet.go):
// the same data, network, seeds and optimizer, so that the cell is the lab
// for this exercise.
const (
	wuUnits  = 8
	wuPoints = 32
	wuSeeds  = 20
	wuSteps  = 2000
)

func wuData() (xs, ys []float64) {
	for i := range wuPoints {
		x := -1 + 2*float64(i)/(wuPoints-1)
		xs = append(xs, x)
		ys = append(ys, 2*math.Abs(x)-0.5*math.Abs(4*x-2))
	}
	return xs, ys
}

func wuInit(seed uint64) []float64 {
	rng := rand.New(rand.NewPCG(seed, 7))
	p := make([]float64, 3*wuUnits+1)
	for j := range wuUnits {
		p[j] = rng.NormFloat64() * math.Sqrt(2)
		p[2*wuUnits+j] = rng.NormFloat64() * math.Sqrt(1.0/wuUnits)
	}
	return p
}

func wuLossGrad(p, xs, ys, g []float64) float64 {
	clear(g)
	const n = wuUnits
	var loss float64
	var h [n]float64
	for k, x := range xs {
		out := p[3*n]
		for j := range n {
			h[j] = math.Max(0, p[j]*x+p[n+j])
			out += p[2*n+j] * h[j]
		}
		d := out - ys[k]
		loss += d * d / float64(len(xs))
		dOut := 2 * d / float64(len(xs))
		g[3*n] += dOut
		for j := range n {
			g[2*n+j] += dOut * h[j]
			if h[j] > 0 {
				g[j] += dOut * p[2*n+j] * x
				g[n+j] += dOut * p[2*n+j]
			}
		}
	}
	return loss
}

// wuStalled trains from every seed at peak rate eta with warm-up w and
// returns how many runs end with a loss above 1e-3.
func wuStalled(t *testing.T, eta float64, w int) int {
	t.Helper()
	sched, err := optim.NewWarmupCosine(eta, 0, w, wuSteps)
	if err != nil {
		expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
	}
	xs, ys := wuData()
	stalled := 0
	for seed := range uint64(wuSeeds) {
		p := wuInit(seed)
		g := make([]float64, len(p))
		opt, err := optim.New("adam", map[string]float64{"lr": eta})
		if err != nil {
			expect.Fatalf(t, "setting up the test's reference from core: %v\n  next: this is a fault of the test, not of your code; please report it", err)
		}
		for step := range wuSteps {
			wuLossGrad(p, xs, ys, g)
			optim.Apply(opt, sched, step)
			opt.Step(p, g)
		}
		if loss := wuLossGrad(p, xs, ys, g); !(loss <= 1e-3) {
			stalled++
		}
	}
	return stalled
}

func TestWarmupKeepsEveryRunAlive(t *testing.T) {
	w := WarmupSteps()
	if w < 1 || w > 1000 {
		expect.Fatalf(t, "WarmupSteps()\n  expected a whole number of steps in [1, 1000]\n  got      %d\n  next: W = 1 is no warm-up at all; past 1000 the warm-up takes half the run", w)
	}
	if stalled := wuStalled(t, 0.3, w); stalled > 0 {
		expect.Fatalf(t, "Adam at peak η = 0.3 with a warm-up of W = %d steps into the cosine, 20 seeded runs of the chapter's network\n  expected every run to end with a loss ≤ 1e-3\n  got      %d of 20 stalled\n  next: run go run . run 3 warmup --lr 0.3 --warmup %d and watch the dead units after 50 steps; the first steps at a large rate are what kills them", w, stalled, w)
	}
}
