package ch01

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

// bracketless is document 001's formula read as printed: the minus sign
// reaches only the first term.
func bracketless(p, y []float64) float64 {
	var s float64
	for i := range p {
		s += (-y[i]*math.Log(p[i]) + (1-y[i])*math.Log(1-p[i])) / float64(len(p))
	}
	return s
}

func TestBCE(t *testing.T) {
	cases := []struct {
		p, y []float64
		want float64
	}{
		{[]float64{0.9, 0.2}, []float64{1, 0}, -(math.Log(0.9) + math.Log(0.8)) / 2},
		{[]float64{0.8, 0.8, 0.001, 0.001}, []float64{1, 1, 0, 0}, -(2*math.Log(0.8) + 2*math.Log(0.999)) / 4},
		{[]float64{0.8, 0.8, 0.999, 0.999}, []float64{1, 1, 0, 0}, -(2*math.Log(0.8) + 2*math.Log(0.001)) / 4},
		{[]float64{0.5, 0.3}, []float64{0.5, 0.5}, -(math.Log(0.5) + 0.5*math.Log(0.3) + 0.5*math.Log(0.7)) / 2}, // soft labels
		{[]float64{0.1}, []float64{1}, -math.Log(0.1)},
		{nil, nil, 0},
	}
	for _, c := range cases {
		got := BCE(expect.Copy(c.p), expect.Copy(c.y))
		call := fmt.Sprintf("BCE(p=%s, y=%s)", expect.Format(c.p), expect.Format(c.y))
		next := "the loss is −(1/n)·Σ[y·log p + (1−y)·log(1−p)]: both terms inside the brackets, the minus sign and 1/n outside."
		if len(c.p) > 0 && expect.Close(got, bracketless(c.p, c.y), 1e-9) {
			next = "that is the formula without its brackets: the minus sign must apply to the (1 − y)·log(1 − p) term too."
		}
		expect.Float(t, call, got, c.want, 1e-9, next)
	}
	good := BCE([]float64{0.8, 0.8, 0.001, 0.001}, []float64{1, 1, 0, 0})
	bad := BCE([]float64{0.8, 0.8, 0.999, 0.999}, []float64{1, 1, 0, 0})
	if !(bad > good) {
		expect.Failf(t, "BCE on labels 1, 1, 0, 0\n  expected the model that predicts 0.999 for the negatives to score worse than the one that predicts 0.001\n  got      %.4g for the bad model and %.4g for the good one\n  next: every term of the loss must be ≥ 0; a confident mistake must cost more, not less.", bad, good)
	}
}

func TestBCEFiniteAtZeroAndOne(t *testing.T) {
	big := -math.Log(eps) // what a certain, wrong prediction costs after clipping
	cases := []struct {
		p, y []float64
		want float64
	}{
		{[]float64{0}, []float64{1}, big},
		{[]float64{1}, []float64{0}, big},
		{[]float64{1, 0}, []float64{1, 0}, -math.Log(1 - eps)},
		{[]float64{0, 1, 0.5}, []float64{1, 1, 1}, (big - math.Log(1-eps) + math.Ln2) / 3},
	}
	for _, c := range cases {
		p, y := expect.Copy(c.p), expect.Copy(c.y)
		got := BCE(p, y)
		call := fmt.Sprintf("BCE(p=%s, y=%s)", expect.Format(c.p), expect.Format(c.y))
		expect.Floats(t, call+" changed p", p, c.p, 0, "clip into a local variable; the caller's probabilities stay as they were.")
		expect.Floats(t, call+" changed y", y, c.y, 0, "leave the labels alone.")
		if !expect.Finite(t, call, got, "log 0 is −Inf and 0·(−Inf) is NaN: clip every p into [eps, 1 − eps] before either log.") {
			continue
		}
		expect.Float(t, call, got, c.want, 1e-6,
			"clip with the eps constant in the file (1e-7), from below and from above, then use the same formula as for ordinary p.")
	}
	// Not only 0 and 1: every p closer to them than eps is clipped too.
	for _, c := range []struct{ p, y float64 }{{1e-10, 1}, {1 - 1e-12, 0}} {
		call := fmt.Sprintf("BCE(p=[%.13g], y=[%g])", c.p, c.y)
		expect.Float(t, call, BCE([]float64{c.p}, []float64{c.y}), big, 1e-6,
			"clip every p into [eps, 1 − eps], not only p = 0 and p = 1: a p within eps of 0 or 1 is clipped to the same bound, so it costs −log eps ≈ 16.1 as well.")
	}
}
