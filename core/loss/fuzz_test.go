package loss

import (
	"math"
	"testing"
)

// FuzzLosses feeds every loss arbitrary finite rows of three values (and the
// focal and Huber parameters arbitrary values). With arbitrary labels a loss
// must not panic; with labels mapped into its domain it must keep the
// promises of its doc comment (never NaN; finite where stated).
//
//	go test -fuzz=FuzzLosses ./core/loss
func FuzzLosses(f *testing.F) {
	f.Add(0.0, 1.0, 0.0, 0.2, 0.7, 0.1, 2.0, 0.25)
	f.Add(1.0, 0.0, 1.0, 0.0, 1.0, 1e-7, 0.0, -1.0)
	f.Add(2.0, -1.0, 0.5, 1e308, -1e308, 0.0, 0.5, 1.0)
	f.Add(-1.0, 1.0, 1.0, math.MaxFloat64, -math.MaxFloat64, 5e-324, 1e-300, 0.0)
	f.Add(1e308, -1e308, 3.0, 710.0, -710.0, 1e154, 100.0, 0.5)
	f.Add(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.75)
	f.Add(1.5, 0.0, 0.0, 1.0, -1.0, 1e-320, 3.0, 0.25)
	f.Fuzz(func(t *testing.T, y0, y1, y2, p0, p1, p2, gamma, alpha float64) {
		raw := []float64{y0, y1, y2}
		yPred := []float64{p0, p1, p2}
		for _, v := range append(raw, append(yPred, gamma, alpha)...) {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return // the contract is about finite inputs
			}
		}
		losses := testLosses()
		// Parameters from the fuzzer, when valid: validation must hold the
		// line, and valid parameters must keep the promises too.
		if l, err := BinaryFocal(gamma, alpha); err == nil {
			losses = append(losses, testLoss{l: l, label: unitInterval, finiteValue: always, finiteGrad: always})
		}
		if l, err := BinaryFocalFromLogits(gamma, alpha); err == nil {
			losses = append(losses, testLoss{l: l, label: unitInterval, finiteValue: always, finiteGrad: always})
		}
		if l, err := Huber(gamma); err == nil {
			losses = append(losses, testLoss{l: l, label: anyReal, finiteValue: func(y, p []float64) bool {
				return diffsBelow(math.MaxFloat64/math.Max(gamma, 1))(y, p)
			}, finiteGrad: always})
		}
		grad := make([]float64, 3)
		for _, tl := range losses {
			// Arbitrary labels: no panic.
			yRaw := raw
			if tl.sparse {
				yRaw = raw[:1]
			}
			tl.l.Sample(yRaw, yPred)
			tl.l.SampleGrad(yRaw, yPred, grad)
			// Labels in the domain: the documented promises.
			checkResult(t, tl, tl.labelsFor(raw, 3), yPred)
		}
	})
}
