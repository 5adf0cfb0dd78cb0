package ch03

import (
	"fmt"
	"testing"

	"descent/exercises/internal/expect"
)

func TestNesterovLooksAhead(t *testing.T) {
	theta, v := []float64{1, 2}, []float64{10, -10}
	var seen []float64
	grad := func(at []float64) []float64 {
		seen = expect.Copy(at)
		return []float64{2 * at[0], 2 * at[1]} // J = |θ|²
	}
	NesterovStep(theta, v, grad, 0.1, 0.5)
	if seen == nil {
		t.Fatalf("NesterovStep(θ=[1 2], v=[10 -10], η=0.1, β=0.5)\n  expected grad to be called once\n  got      no call\n  next: call grad at the look-ahead point θ − η·β·v.")
	}
	expect.Floats(t, "the point NesterovStep asked grad about", seen, []float64{0.5, 2.5}, 1e-12,
		"the look-ahead point is θ − η·β·v = [1 2] − 0.1·0.5·[10 −10] = [0.5 2.5].")
	expect.Floats(t, "velocity after the step", v, []float64{6, 0}, 1e-12,
		"v ← β·v + g with g measured at the look-ahead point: 0.5·10 + 1 = 6 and 0.5·(−10) + 5 = 0.")
	expect.Floats(t, "theta after the step", theta, []float64{0.4, 2}, 1e-12,
		"θ ← θ − η·v with the new velocity.")
}

func TestNesterovGoesDownhillOnALine(t *testing.T) {
	// J(θ) = θ has slope 1 everywhere: every step must go down, by
	// η·(1 + β + … + βᵏ).
	theta, v := []float64{0}, []float64{0}
	one := func([]float64) []float64 { return []float64{1} }
	want := []float64{-0.1, -0.29, -0.561}
	for step := range 3 {
		NesterovStep(theta, v, one, 0.1, 0.9)
		expect.Float(t, fmt.Sprintf("theta after step %d on J(θ)=θ (η=0.1, β=0.9)", step+1), theta[0], want[step], 1e-12,
			"descend: θ ← θ − η·v, with v ← β·v + g; keep β in the velocity update and the minus sign in the step.")
	}
}
