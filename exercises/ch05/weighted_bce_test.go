package ch05

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/core/loss"
	"descent/exercises/internal/expect"
)

// weightedReference computes the loss and gradient with core/loss's binary
// cross-entropy on logits, one row at a time, each scaled by its weight.
func weightedReference(z, y []float64, w0, w1 float64) (float64, []float64) {
	bce := loss.BinaryCrossentropyFromLogits()
	total, grad := 0.0, make([]float64, len(z))
	d := make([]float64, 1)
	for i := range z {
		w := w0
		if y[i] == 1 {
			w = w1
		}
		total += w * bce.Sample([]float64{y[i]}, []float64{z[i]}) / float64(len(z))
		bce.SampleGrad([]float64{y[i]}, []float64{z[i]}, d)
		grad[i] = w * d[0] / float64(len(z))
	}
	return total, grad
}

func TestWeightedBCE(t *testing.T) {
	z := []float64{-2, 0.5, 1.5, -0.25, 3, -1}
	y := []float64{0, 1, 0, 1, 1, 0}
	for _, w := range [][2]float64{{1, 1}, {0.6, 4}, {2, 0.5}} {
		loss, grad := WeightedBCE(expect.Copy(z), expect.Copy(y), w[0], w[1])
		want, wantGrad := weightedReference(z, y, w[0], w[1])
		call := fmt.Sprintf("WeightedBCE(z=%s, y=%s, w₀=%g, w₁=%g)", expect.Format(z), expect.Format(y), w[0], w[1])
		sumW := 0.0
		for _, label := range y {
			sumW += w[0]*(1-label) + w[1]*label
		}
		swapped, _ := weightedReference(z, y, w[1], w[0])
		switch {
		case w[0] != w[1] && expect.Close(loss, want*float64(len(z))/sumW, 1e-9):
			expect.Failf(t, "%s loss\n  expected %.6g\n  got      %.6g: divided by Σ w_{yᵢ} = %g\n  next: that is PyTorch's weighted mean; this file follows Keras and divides by n = %d.", call, want, loss, sumW, len(z))
			continue
		case w[0] != w[1] && expect.Close(loss, swapped, 1e-9):
			expect.Failf(t, "%s loss\n  expected %.6g\n  got      %.6g: the two weights swapped\n  next: w₁ multiplies the rows whose label is 1, w₀ those whose label is 0.", call, want, loss)
			continue
		}
		expect.Float(t, call+" loss", loss, want, 1e-12, "each row's ℓ(zᵢ, yᵢ) times the weight of its class, summed, divided by n.")
		expect.Floats(t, call+" gradient", grad, wantGrad, 1e-12, "∂J/∂zᵢ is row i's weight times σ(zᵢ) − yᵢ, over n.")
	}
	loss, grad := WeightedBCE(nil, nil, 1, 5)
	expect.Float(t, "WeightedBCE(z=[], y=[], w₀=1, w₁=5) loss", loss, 0, 0, "an empty batch has loss 0 (do not divide by n = 0).")
	expect.Floats(t, "WeightedBCE(z=[], y=[], w₀=1, w₁=5) gradient", grad, []float64{}, 0, "an empty batch has an empty gradient.")
}

func TestWeightedBCEGradientMatchesCentralDifferences(t *testing.T) {
	z := []float64{0.3, -1.7, 2.2, -0.4, 0.9}
	y := []float64{1, 0, 0, 1, 1}
	w0, w1 := 0.55, 5.5
	zGiven, yGiven := expect.Copy(z), expect.Copy(y)
	_, grad := WeightedBCE(zGiven, yGiven, w0, w1)
	call := fmt.Sprintf("WeightedBCE(z=%s, y=%s, w₀=%g, w₁=%g) gradient", expect.Format(z), expect.Format(y), w0, w1)
	expect.Floats(t, "z after "+call, zGiven, z, 0, "z is not yours to change: return the gradient in a new slice.")
	expect.Floats(t, "y after "+call, yGiven, y, 0, "y is not yours to change.")
	const h = 1e-6
	want := make([]float64, len(z))
	for i := range z {
		plus, minus := expect.Copy(z), expect.Copy(z)
		plus[i] += h
		minus[i] -= h
		lp, _ := weightedReference(plus, y, w0, w1)
		lm, _ := weightedReference(minus, y, w0, w1)
		want[i] = (lp - lm) / (2 * h)
	}
	if len(grad) == len(z) && expect.Close(grad[0]*w1, want[0], 1e-6) && expect.Close(grad[1]*w0, want[1], 1e-6) {
		expect.Failf(t, "%s\n  expected %s (central differences)\n  got      %s: the loss is weighted, the gradient is not\n  next: the weight is a constant factor of row i's loss, so it multiplies row i's derivative too.", call, expect.Format(want), expect.Format(grad))
		return
	}
	expect.Floats(t, call, grad, want, 1e-7, "differentiate J term by term: only row i's term depends on zᵢ.")
}

func TestWeightedBCELargeLogits(t *testing.T) {
	z := []float64{1000, -1000, 700, -35}
	y := []float64{0, 1, 1, 0}
	w0, w1 := 0.5, 3.0
	loss, grad := WeightedBCE(expect.Copy(z), expect.Copy(y), w0, w1)
	call := fmt.Sprintf("WeightedBCE(z=%s, y=%s, w₀=%g, w₁=%g)", expect.Format(z), expect.Format(y), w0, w1)
	// two confident mistakes cost |z| each; a confident hit costs ~0
	want := (0.5*1000 + 3*1000 + 0 + 0.5*math.Log1p(math.Exp(-35))) / 4
	if expect.Finite(t, call+" loss", loss, "log σ(z) and log(1 − σ(z)) overflow or give −Inf at |z| = 1000: use the stable form max(z, 0) − z·y + log(1 + e^−|z|).") {
		expect.Float(t, call+" loss", loss, want, 1e-12, "a confident mistake costs |z| times its weight.")
	}
	wantGrad := []float64{0.5 / 4, -3.0 / 4, 0, 0.5 * math.Exp(-35) / (1 + math.Exp(-35)) / 4}
	for i, g := range grad {
		if !expect.Finite(t, fmt.Sprintf("%s gradient[%d]", call, i), g, "compute σ(z) from e^−|z|, choosing the form by the sign of z, so nothing overflows.") {
			return
		}
	}
	expect.Floats(t, call+" gradient", grad, wantGrad, 1e-12, "a confident mistake pulls with its weight over n; a confident hit not at all.")
	// The row at z = −35 with y = 0 has a gradient of about 8e-17: compare
	// it relatively, since 1e-12 absolute cannot see it vanish.
	if len(grad) == 4 && !(math.Abs(grad[3]-wantGrad[3]) <= 1e-9*wantGrad[3]) {
		expect.Failf(t, "%s gradient[3]\n  expected %.6g (w₀·σ(−35)/n, to 9 digits)\n  got      %.6g\n  next: at z < 0 compute σ(z) as e^z/(1 + e^z); computed as 1 − σ(−z) = 1 − 1/(1 + e^z) it rounds to 0 once e^z is below 1e-16.", call, wantGrad[3], grad[3])
	}
}
