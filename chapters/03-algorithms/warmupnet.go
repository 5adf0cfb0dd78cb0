package algorithms

import (
	"math"
	"math/rand/v2"
)

// The warm-up experiment's model: a network with one hidden layer of 8
// ReLU units, ŷ = Σⱼ aⱼ·relu(wⱼ·x + bⱼ) + c, fitted by full-batch mean
// squared error to 32 points of a function with two kinks on [−1, 1].
// Exercise warmup's tests build the same network with the same seeds, so
// this cell is the lab for that exercise.
const (
	netUnits  = 8
	netPoints = 32
	netSeeds  = 20
)

// netData returns the inputs and targets: y = 2|x| − ½|4x − 2|.
func netData() (xs, ys []float64) {
	for i := range netPoints {
		x := -1 + 2*float64(i)/(netPoints-1)
		xs = append(xs, x)
		ys = append(ys, 2*math.Abs(x)-0.5*math.Abs(4*x-2))
	}
	return xs, ys
}

// netInit returns seeded parameters laid out as [w₁…w₈, b₁…b₈, a₁…a₈, c]:
// w ~ N(0, 2) (He's scale for one input), b = 0, a ~ N(0, 1/8), c = 0.
func netInit(seed uint64) []float64 {
	rng := rand.New(rand.NewPCG(seed, 7))
	p := make([]float64, 3*netUnits+1)
	for j := range netUnits {
		p[j] = rng.NormFloat64() * math.Sqrt(2)
		p[2*netUnits+j] = rng.NormFloat64() * math.Sqrt(1.0/netUnits)
	}
	return p
}

// netLossGrad writes the gradient of the mean squared error into g and
// returns the loss and the number of dead units (zero on every input, so
// they get no gradient and can never recover).
func netLossGrad(p, xs, ys, g []float64) (loss float64, dead int) {
	clear(g)
	const n = netUnits
	var active [n]bool
	var h [n]float64
	for k, x := range xs {
		out := p[3*n]
		for j := range n {
			h[j] = math.Max(0, p[j]*x+p[n+j])
			active[j] = active[j] || h[j] > 0
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
	for _, a := range active {
		if !a {
			dead++
		}
	}
	return loss, dead
}
