package ch02

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

// measuredFloor runs core/optim's SGD on ½h(θ − m)² with gradient noise of
// variance sigma2, from θ = m, and averages the excess loss over steps
// steps after a burn-in.
func measuredFloor(lr, h, sigma2 float64, steps int) float64 {
	const m = 3.0
	sgd, err := optim.NewSGD(optim.SGDConfig{LR: lr})
	if err != nil {
		return math.NaN()
	}
	rng := rand.New(rand.NewPCG(5, 11))
	theta, g := []float64{m}, []float64{0}
	sd := math.Sqrt(sigma2)
	burn := int(20 / math.Min(lr*h, 2-lr*h))
	var sum float64
	for t := range burn + steps {
		g[0] = h*(theta[0]-m) + sd*rng.NormFloat64()
		sgd.Step(theta, g)
		if t >= burn {
			e := theta[0] - m
			sum += 0.5 * h * e * e
		}
	}
	return sum / float64(steps)
}

func TestNoiseFloor(t *testing.T) {
	inf := math.Inf(1)
	cases := []struct {
		lr, h, sigma2 float64
		want          float64
	}{
		{0.05, 1, 1, 0.05 / (2 * 1.95)},
		{0.5, 2, 0.25, 0.0625},
		{0.9, 2, 1, 2.25},
		{0.02, 10, 4, 0.02 * 4 / (2 * 1.8)},
		{1.5, 0.5, 2, 1.2},
		{0.1, 0.5, 0, 0},
		{3, 1, 0, inf}, // no noise, but every step doubles the error
		{0.3, 10, 1, inf},
		{1, 2, 1, inf},
	}
	for _, c := range cases {
		got := NoiseFloor(c.lr, c.h, c.sigma2)
		call := fmt.Sprintf("NoiseFloor(lr=%g, h=%g, σ²=%g)", c.lr, c.h, c.sigma2)
		eh := c.lr * c.h
		next := "write eₜ = θₜ − m: eₜ₊₁ = (1 − ηh)·eₜ − η·ξₜ. Square it, take expectations (ξₜ is independent of eₜ), and solve for the fixed point of E[e²]; the loss is ½h·E[e²]."
		switch {
		case math.IsInf(c.want, 1) && c.sigma2 == 0:
			next = fmt.Sprintf("no noise, but η·h = %g: each step multiplies the error by 1 − ηh = %g, so from any start but m the loss grows without bound. Check the step's stability before anything else.", eh, 1-eh)
		case math.IsInf(c.want, 1):
			next = fmt.Sprintf("here η·h = %g: |1 − ηh| ≥ 1, so E[e²] is multiplied by (1 − ηh)² ≥ 1 each step and the noise keeps adding: nothing settles.", eh)
		case expect.Close(got, c.lr*c.sigma2/(2*(2-c.lr)), 1e-9) && c.h != 1:
			next = "that is the chapter's h = 1 formula; with curvature h the contraction per step is 1 − ηh, not 1 − η."
		case expect.Close(got, c.lr*c.sigma2/(c.h*(2-eh)), 1e-9) && c.sigma2 != 0:
			next = "that is the limit of E[(θ − m)²]; the excess loss is ½h times it."
		case expect.Close(got, c.lr*c.sigma2/(2-eh), 1e-9) && c.sigma2 != 0:
			next = "off by a factor 2: the loss is ½h·e², and ½h·E[e²] = ½h·ησ²/(h(2 − ηh))."
		case expect.Close(got, c.lr*c.sigma2/4, 1e-9) && c.sigma2 != 0:
			next = "ησ²/4 is the small-step approximation; keep the exact fixed point, which grows as ηh approaches 2."
		case expect.Close(got, c.lr*c.sigma2*c.h/(2*(2-eh)), 1e-9) && c.sigma2 != 0:
			next = "the noise ξ is on the gradient with variance σ², not h²σ²: it enters eₜ₊₁ as −η·ξₜ."
		}
		if expect.Float(t, call, got, c.want, 1e-9, next) || math.IsInf(c.want, 0) || c.sigma2 == 0 {
			continue
		}
		measured := measuredFloor(c.lr, c.h, c.sigma2, 200_000)
		expect.Failf(t, "%s, measured\n  measured %.4g (core/optim's SGD, the mean excess loss over 200000 steps after a burn-in)\n  yours    %.4g\n  next: the limit you derive must match what the optimizer does.", call, measured, got)
	}
}
