package ch04

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

// refBCE is the loss as the stub states it, for central differences.
func refBCE(z, y []float64) float64 {
	s := 0.0
	for i := range z {
		s += math.Max(z[i], 0) - z[i]*y[i] + math.Log1p(math.Exp(-math.Abs(z[i])))
	}
	return s / float64(len(z))
}

func TestBCEWithLogitsLoss(t *testing.T) {
	z := []float64{-3, -0.5, 0, 0.7, 2.5}
	y := []float64{0, 1, 0.3, 1, 0}
	loss, _ := BCEWithLogits(expect.Copy(z), expect.Copy(y))
	expect.Float(t, fmt.Sprintf("BCEWithLogits(z=%s, y=%s) loss", expect.Format(z), expect.Format(y)), loss, refBCE(z, y), 1e-12,
		"J is the mean over the rows of max(z, 0) − z·y + log(1 + e^−|z|).")
	empty, g := BCEWithLogits(nil, nil)
	expect.Float(t, "BCEWithLogits(z=[], y=[]) loss", empty, 0, 0, "an empty batch has loss 0 (do not divide by n = 0).")
	expect.Floats(t, "BCEWithLogits(z=[], y=[]) gradient", g, []float64{}, 0, "an empty batch has an empty gradient.")
}

func TestBCEWithLogitsGradientMatchesCentralDifferences(t *testing.T) {
	z := []float64{-3, -0.5, 0.2, 0.7, 2.5, -1.25}
	y := []float64{0, 1, 0.3, 1, 0, 0.8}
	zGiven, yGiven := expect.Copy(z), expect.Copy(y)
	_, grad := BCEWithLogits(zGiven, yGiven)
	call := fmt.Sprintf("BCEWithLogits(z=%s, y=%s) gradient", expect.Format(z), expect.Format(y))
	expect.Floats(t, "z after "+call, zGiven, z, 0, "z is not yours to change: return the gradient in a new slice.")
	expect.Floats(t, "y after "+call, yGiven, y, 0, "y is not yours to change.")
	if len(grad) != len(z) {
		expect.Fatalf(t, "%s\n  expected %d values\n  got      %d\n  next: one partial derivative per logit.", call, len(z), len(grad))
	}
	const h = 1e-5
	want := make([]float64, len(z))
	for i := range z {
		plus, minus := expect.Copy(z), expect.Copy(z)
		plus[i] += h
		minus[i] -= h
		want[i] = (refBCE(plus, y) - refBCE(minus, y)) / (2 * h)
	}
	n := float64(len(z))
	switch {
	case expect.Close(grad[0], -want[0], 1e-6) && expect.Close(grad[3], -want[3], 1e-6):
		expect.Failf(t, "%s\n  expected %s (central differences)\n  got      %s: the sign is flipped\n  next: raising z raises σ(z), and the loss grows when σ(z) moves away from y.", call, expect.Format(want), expect.Format(grad))
	case expect.Close(grad[0], n*want[0], 1e-6) && expect.Close(grad[3], n*want[3], 1e-6):
		expect.Failf(t, "%s\n  expected %s (central differences)\n  got      %s: n = %g times too large\n  next: J is a mean over the rows, and each ∂J/∂zᵢ carries its 1/n.", call, expect.Format(want), expect.Format(grad), n)
	default:
		expect.Floats(t, call, grad, want, 1e-8,
			"differentiate ℓ(z, y) in z: the derivative of log(1 + e^z) is σ(z).")
	}
}

func TestBCEWithLogitsLargeLogits(t *testing.T) {
	z := []float64{1000, -1000, 800, -40}
	y := []float64{0, 1, 1, 0.25}
	loss, grad := BCEWithLogits(expect.Copy(z), expect.Copy(y))
	call := fmt.Sprintf("BCEWithLogits(z=%s, y=%s)", expect.Format(z), expect.Format(y))
	// Two confident mistakes (1000 each), one confident hit (0), and a
	// soft label: 0.25·40 + log(1 + e^−40).
	wantLoss := (1000 + 1000 + 0 + 10 + math.Log1p(math.Exp(-40))) / 4
	if expect.Finite(t, call+" loss", loss, "never take log of σ(z) or of 1 − σ(z) directly: at z = 1000, 1 − σ(z) is 0 in float64. Use the stable form.") {
		expect.Float(t, call+" loss", loss, wantLoss, 1e-12, "a confident mistake costs |z|: max(z, 0) − z·y is exact there, and log(1 + e^−|z|) is tiny.")
	}
	want := []float64{0.25, -0.25, 0, (math.Exp(-40)/(1+math.Exp(-40)) - 0.25) / 4}
	for i, g := range grad {
		if !expect.Finite(t, fmt.Sprintf("%s gradient[%d]", call, i), g, "e^z/(1 + e^z) is Inf/Inf = NaN at z = 1000, and e^−z overflows at z = −1000: compute σ from e^−|z|, choosing the form by the sign of z.") {
			return
		}
	}
	expect.Floats(t, call+" gradient", grad, want, 1e-12,
		"at z = 1000, σ(z) is 1 to the last bit; at z = −40 it is e^−40/(1 + e^−40), which 1 − 1/(1 + e^−40) would round to 0.")
}

// Far out on the negative side σ(z) is tiny but not 0: at z = −40 it is
// 4.2e-18, and a row with y = 0 has exactly that gradient (over n). The
// tests above compare to 1e-12 absolute and cannot see it; this one
// compares relatively.
func TestBCEWithLogitsTinyGradientsKeepTheirDigits(t *testing.T) {
	z := []float64{-40, -75}
	y := []float64{0, 0}
	_, grad := BCEWithLogits(expect.Copy(z), expect.Copy(y))
	call := fmt.Sprintf("BCEWithLogits(z=%s, y=%s) gradient", expect.Format(z), expect.Format(y))
	if len(grad) != len(z) {
		expect.Fatalf(t, "%s\n  expected %d values\n  got      %d\n  next: one partial derivative per logit.", call, len(z), len(grad))
	}
	for i := range z {
		e := math.Exp(z[i])
		want := e / (1 + e) / float64(len(z))
		if !(math.Abs(grad[i]-want) <= 1e-9*want) {
			expect.Failf(t, "%s[%d]\n  expected %.6g (σ(%g)/n, to 9 digits)\n  got      %.6g\n  next: at z < 0 compute σ(z) as e^z/(1 + e^z); written 1 − σ(−z) = 1 − 1/(1 + e^z) it rounds to 0 once e^z is below 1e-16.",
				call, i, want, z[i], grad[i])
		}
	}
}
