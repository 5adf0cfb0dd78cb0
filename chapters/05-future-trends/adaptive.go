package trends

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"

	"descent/chapters/book"
	"descent/core/optim"
	"descent/core/surface"
)

// stepper is what the adaptive cell needs of an optimizer: core/optim's
// optimizers satisfy it, and so does the AdaBelief written below.
type stepper interface {
	Step(params, grad []float64)
	SetLearningRate(lr float64)
}

// runAdaptive walks the narrow bowl f = 0.1x² + 2y² with noisy gradients
// g̃ = ∇f + σ·ξ (ξ standard normal, the same draws for every optimizer),
// with and without a cosine schedule.
func runAdaptive(ctx context.Context, in book.Inputs, out book.Output) error {
	f := surface.Quadratic()
	steps, sigma := in.Int("steps"), in.Float("noise")
	sgdLR, adamLR := in.Float("sgd-lr"), in.Float("adam-lr")
	runs := []struct {
		name   string
		make   func() (stepper, error)
		lr     float64
		cosine bool
	}{
		{"sgd", sgd(sgdLR), sgdLR, false},
		{"sgd+cosine", sgd(sgdLR), sgdLR, true},
		{"adam", adam(adamLR), adamLR, false},
		{"adam+cosine", adam(adamLR), adamLR, true},
		{"adabelief", func() (stepper, error) { return newAdaBelief(adamLR), nil }, adamLR, false},
	}
	var rows [][]string
	var curves []book.Series
	for _, r := range runs {
		opt, err := r.make()
		if err != nil {
			return err
		}
		var schedule optim.Schedule = optim.Constant{LR: r.lr}
		if r.cosine {
			schedule = optim.Cosine{LR: r.lr, TotalSteps: steps}
		}
		losses, divergedAt, err := noisyRun(ctx, f, opt, schedule, steps, sigma, uint64(in.Int("seed")))
		if err != nil {
			return err
		}
		result := fmt.Sprintf("%.2e", tailMean(losses))
		if divergedAt > 0 {
			result = fmt.Sprintf("diverged: f passed 1e12 at step %d", divergedAt)
		} else {
			curves = append(curves, book.Series{Name: r.name, Values: smooth(losses, 50)})
		}
		rows = append(rows, []string{r.name, fmt.Sprintf("%.3g", r.lr), result})
	}
	out.Printf("%s", book.Table([]string{"optimizer", "η₀", "f, mean of the last 10% of steps"}, rows))
	if floor := sgdFloor(sgdLR, sigma); sgdLR*4 < 2 {
		out.Printf("constant-rate SGD's predicted floor Σ ησ²/(2(2 − ηλ)) over λ = 0.2, 4: %.3g\n", floor)
	} else {
		out.Printf("constant-rate SGD has no floor: η = %g is past 2/L = 0.5\n", sgdLR)
	}
	book.PrintCurves(out, curves, book.CurveOptions{LogY: true, Height: 14,
		Caption: fmt.Sprintf("f(θₜ), averaged over 50 steps, with gradient noise σ = %g", sigma)})
	return nil
}

// noisyRun applies opt to f from its usual start for steps steps, setting
// the rate from schedule before each step, and returns f after each step.
// A run whose f passes 1e12 stops there and reports the step.
func noisyRun(ctx context.Context, f *surface.Surface, opt stepper, schedule optim.Schedule, steps int, sigma float64, seed uint64) (losses []float64, divergedAt int, err error) {
	noise := rand.New(rand.NewPCG(seed, 5))
	theta := []float64{f.Start.X, f.Start.Y}
	grad := make([]float64, 2)
	losses = make([]float64, 0, steps)
	for t := range steps {
		if t%256 == 0 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		opt.SetLearningRate(schedule.Rate(t))
		grad[0], grad[1] = f.Gradient(theta[0], theta[1])
		grad[0] += sigma * noise.NormFloat64()
		grad[1] += sigma * noise.NormFloat64()
		opt.Step(theta, grad)
		loss := f.Value(theta[0], theta[1])
		if !(loss < 1e12) {
			return losses, t + 1, nil
		}
		losses = append(losses, loss)
	}
	return losses, 0, nil
}

// sgdFloor is the mean loss at which SGD with constant rate η settles on
// f = 0.1x² + 2y² with noise σ: each coordinate with curvature λ jitters with
// variance ησ²/(λ(2 − ηλ)) and adds λ/2 times that to f.
func sgdFloor(lr, sigma float64) float64 {
	floor := 0.0
	for _, lambda := range []float64{0.2, 4} {
		floor += lr * sigma * sigma / (2 * (2 - lr*lambda))
	}
	return floor
}

// tailMean is the mean of the last tenth of xs: with noise, one final value
// says little, and the average over the end of the run is the plateau.
func tailMean(xs []float64) float64 {
	tail := xs[len(xs)-max(len(xs)/10, 1):]
	s := 0.0
	for _, x := range tail {
		s += x
	}
	return s / float64(len(tail))
}

func sgd(lr float64) func() (stepper, error) {
	return func() (stepper, error) { return optim.New("sgd", map[string]float64{"lr": lr}) }
}

func adam(lr float64) func() (stepper, error) {
	return func() (stepper, error) { return optim.New("adam", map[string]float64{"lr": lr}) }
}

// adaBelief is AdaBelief (Zhuang et al. 2020, Algorithm 2), written here
// because core/optim does not have it. It is Adam with one line changed:
// the denominator tracks the variance of g around its running mean m,
// the "belief" in the current direction, instead of the raw g²:
//
//	m ← β₁·m + (1 − β₁)·g
//	s ← β₂·s + (1 − β₂)·(g − m)² + ε
//	θ ← θ − η·(m/(1 − β₁ᵗ)) / (√(s/(1 − β₂ᵗ)) + ε)
type adaBelief struct {
	lr, beta1, beta2, eps float64
	m, s                  []float64
	t                     int
}

func newAdaBelief(lr float64) *adaBelief {
	return &adaBelief{lr: lr, beta1: 0.9, beta2: 0.999, eps: 1e-8}
}

func (o *adaBelief) SetLearningRate(lr float64) { o.lr = lr }

func (o *adaBelief) Step(params, grad []float64) {
	if len(o.m) != len(params) {
		o.m, o.s, o.t = make([]float64, len(params)), make([]float64, len(params)), 0
	}
	o.t++
	c1 := 1 - math.Pow(o.beta1, float64(o.t))
	c2 := 1 - math.Pow(o.beta2, float64(o.t))
	for i, g := range grad {
		o.m[i] = o.beta1*o.m[i] + (1-o.beta1)*g
		d := g - o.m[i]
		o.s[i] = o.beta2*o.s[i] + (1-o.beta2)*d*d + o.eps
		params[i] -= o.lr * (o.m[i] / c1) / (math.Sqrt(o.s[i]/c2) + o.eps)
	}
}

// smooth returns the running mean of xs over the last window values, so a
// noisy curve shows its level rather than its jitter.
func smooth(xs []float64, window int) []float64 {
	out := make([]float64, len(xs))
	sum := 0.0
	for i, x := range xs {
		sum += x
		if i >= window {
			sum -= xs[i-window]
		}
		out[i] = sum / float64(min(i+1, window))
	}
	return out
}
