package ch03

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestAdagradFirstStepIsSignSized(t *testing.T) {
	// On the first step √G = |g|, so every coordinate moves by η whatever
	// the size of its gradient.
	theta, G := []float64{0, 0, 0}, []float64{0, 0, 0}
	AdagradStep(theta, G, []float64{100, -0.01, 3}, 0.5, 1e-12)
	expect.Floats(t, "theta after one AdagradStep (g=[100 -0.01 3], η=0.5)", theta, []float64{-0.5, 0.5, -0.5}, 1e-6,
		"add g² to G before dividing; then g/√G = ±1 on the first step, so each coordinate moves by η.")
	expect.Floats(t, "sumSq after that step", G, []float64{10000, 0.0001, 9}, 1e-9,
		"sumSq[i] += grad[i]², in place.")
}

func TestAdagradStepsShrink(t *testing.T) {
	// A constant gradient g = 2: after k steps G = 4k, so step k moves by η/√k.
	theta, G := []float64{0}, []float64{0}
	pos := 0.0
	for k := 1; k <= 4; k++ {
		AdagradStep(theta, G, []float64{2}, 1, 0)
		pos -= 1 / math.Sqrt(float64(k))
		expect.Float(t, fmt.Sprintf("theta after %d steps with g=2, η=1, ε=0", k), theta[0], pos, 1e-12,
			"G keeps growing (never reset or decay it), so step k is η·g/√(4k) = η/√k.")
	}
}

func TestAdagradZeroGradient(t *testing.T) {
	theta, G := []float64{1, 2}, []float64{0, 4}
	AdagradStep(theta, G, []float64{0, 2}, 1, 1e-8)
	expect.Floats(t, "theta after AdagradStep with g=[0 2], G=[0 4]", theta, []float64{1, 2 - 2/(math.Sqrt(8)+1e-8)}, 1e-12,
		"a zero gradient must not move θ (0/(0+ε) = 0, never NaN); keep ε outside the square root.")
}
