package loss

import (
	"math"
	"math/rand/v2"
)

// testLoss describes one loss for the package's property tests: how to draw
// smooth points for the gradient check, how to map any finite number into
// its label domain, and what the docs promise about finiteness there.
type testLoss struct {
	l Loss
	// sparse losses take yTrue = [class index].
	sparse bool
	// smooth draws a random (yTrue, yPred) of n outputs away from kinks and
	// clip boundaries, where the central difference is accurate.
	smooth func(r *rand.Rand, n int) (yTrue, yPred []float64)
	// label maps an arbitrary finite number into the label domain.
	label func(v float64, n int) float64
	// finiteValue and finiteGrad report whether the docs promise a finite
	// result for these in-domain inputs (otherwise only "not NaN").
	finiteValue, finiteGrad func(yTrue, yPred []float64) bool
}

func always([]float64, []float64) bool { return true }

// diffsBelow reports whether every |pᵢ − yᵢ| is below limit.
func diffsBelow(limit float64) func(yTrue, yPred []float64) bool {
	return func(yTrue, yPred []float64) bool {
		for i, p := range yPred {
			if !(math.Abs(p-yTrue[i]) < limit) {
				return false
			}
		}
		return true
	}
}

// predsBelow reports whether every |pᵢ| is below limit.
func predsBelow(limit float64) func(yTrue, yPred []float64) bool {
	return func(_, yPred []float64) bool {
		for _, p := range yPred {
			if !(math.Abs(p) < limit) {
				return false
			}
		}
		return true
	}
}

// logitGapBelow reports whether max(x) − min(x) is below limit.
func logitGapBelow(limit float64) func(yTrue, yPred []float64) bool {
	return func(_, x []float64) bool {
		lo, hi := x[0], x[0]
		for _, v := range x {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
		return hi-lo < limit
	}
}

// Label maps.
func anyReal(v float64, _ int) float64 { return v }
func unitInterval(v float64, _ int) float64 {
	f := math.Mod(math.Abs(v), 1.0001)
	return math.Min(f, 1)
}
func plusMinusOne(v float64, _ int) float64 {
	if v < 0 {
		return -1
	}
	return 1
}
func classOf(v float64, n int) float64 { return math.Mod(math.Floor(math.Abs(v)), float64(n)) }
func count(v float64, _ int) float64   { return math.Floor(math.Mod(math.Abs(v), 1e6)) }

// Smooth samplers.
func normals(r *rand.Rand, n int, scale float64) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = scale * r.NormFloat64()
	}
	return v
}

func uniforms(r *rand.Rand, n int, lo, hi float64) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = lo + (hi-lo)*r.Float64()
	}
	return v
}

// distribution is a random probability row; half the time one-hot.
func distribution(r *rand.Rand, n int) []float64 {
	v := make([]float64, n)
	if r.IntN(2) == 0 {
		v[r.IntN(n)] = 1
		return v
	}
	var s float64
	for i := range v {
		v[i] = 0.05 + r.Float64()
		s += v[i]
	}
	for i := range v {
		v[i] /= s
	}
	return v
}

// binaryLabels are 0 or 1, with a fractional (soft) label now and then.
func binaryLabels(r *rand.Rand, n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = float64(r.IntN(2))
		if r.IntN(4) == 0 {
			v[i] = r.Float64()
		}
	}
	return v
}

// awayFrom redraws the error yPred − yTrue until no |error| is within gap of
// any kink.
func awayFrom(r *rand.Rand, n int, gap float64, kinks ...float64) (yTrue, yPred []float64) {
	for {
		yTrue, yPred = normals(r, n, 1.5), normals(r, n, 1.5)
		ok := true
		for i := range yPred {
			for _, k := range kinks {
				if math.Abs(math.Abs(yPred[i]-yTrue[i])-k) < gap {
					ok = false
				}
			}
		}
		if ok {
			return yTrue, yPred
		}
	}
}

// awayFromMargin draws ±1 labels and scores whose margin y·p is not within
// gap of 1.
func awayFromMargin(r *rand.Rand, n int, gap float64) (yTrue, yPred []float64) {
	yTrue = make([]float64, n)
	yPred = make([]float64, n)
	for i := range yPred {
		yTrue[i] = float64(2*r.IntN(2) - 1)
		for {
			yPred[i] = 2 * r.NormFloat64()
			if math.Abs(1-yTrue[i]*yPred[i]) > gap {
				break
			}
		}
	}
	return yTrue, yPred
}

func mustLoss(l Loss, err error) Loss {
	if err != nil {
		panic(err)
	}
	return l
}

// testLosses returns every loss the package builds, with focal and Huber at
// a few parameter settings.
func testLosses() []testLoss {
	regression := func(l Loss, kinks []float64, value, grad func([]float64, []float64) bool) testLoss {
		return testLoss{l: l, label: anyReal, finiteValue: value, finiteGrad: grad,
			smooth: func(r *rand.Rand, n int) ([]float64, []float64) { return awayFrom(r, n, 0.05, kinks...) }}
	}
	binaryProbs := func(r *rand.Rand, n int) ([]float64, []float64) {
		return binaryLabels(r, n), uniforms(r, n, 0.03, 0.97)
	}
	binaryLogits := func(r *rand.Rand, n int) ([]float64, []float64) {
		return binaryLabels(r, n), normals(r, n, 3)
	}
	out := []testLoss{
		regression(MSE(), nil, diffsBelow(1e150), diffsBelow(math.MaxFloat64)),
		regression(MAE(), []float64{0}, diffsBelow(math.MaxFloat64), always),
		regression(mustLoss(Huber(1)), []float64{1}, diffsBelow(math.MaxFloat64), always),
		regression(mustLoss(Huber(0.3)), []float64{0.3}, diffsBelow(math.MaxFloat64), always),
		regression(LogCosh(), nil, diffsBelow(math.MaxFloat64), always),
		{l: BinaryCrossentropy(), label: unitInterval, smooth: binaryProbs, finiteValue: always, finiteGrad: always},
		{l: BinaryCrossentropyFromLogits(), label: unitInterval, smooth: binaryLogits, finiteValue: always, finiteGrad: always},
		{l: CategoricalCrossentropy(), label: unitInterval, finiteValue: always,
			// The gradient overflows only for rows summing to below ~1e-300.
			finiteGrad: func(_, p []float64) bool { s, sum := rowSum(p); return s*math.Abs(sum) > 1e-290 },
			smooth: func(r *rand.Rand, n int) ([]float64, []float64) {
				// Not normalized on purpose: the gradient must include the renormalization.
				return distribution(r, n), uniforms(r, n, 0.2, 2)
			}},
		{l: CategoricalCrossentropyFromLogits(), label: unitInterval, finiteValue: logitGapBelow(1e307), finiteGrad: always,
			smooth: func(r *rand.Rand, n int) ([]float64, []float64) { return distribution(r, n), normals(r, n, 3) }},
		{l: SparseCategoricalCrossentropy(), sparse: true, label: classOf, finiteValue: always, finiteGrad: always,
			smooth: func(r *rand.Rand, n int) ([]float64, []float64) {
				return []float64{float64(r.IntN(n))}, uniforms(r, n, 0.05, 0.9)
			}},
		{l: SparseCategoricalCrossentropyFromLogits(), sparse: true, label: classOf, finiteValue: logitGapBelow(1e307), finiteGrad: always,
			smooth: func(r *rand.Rand, n int) ([]float64, []float64) {
				return []float64{float64(r.IntN(n))}, normals(r, n, 3)
			}},
		{l: KLDivergence(), label: unitInterval, finiteValue: always, finiteGrad: always,
			smooth: func(r *rand.Rand, n int) ([]float64, []float64) {
				return distribution(r, n), uniforms(r, n, 0.03, 0.97)
			}},
		{l: Hinge(), label: plusMinusOne, finiteValue: always, finiteGrad: always,
			smooth: func(r *rand.Rand, n int) ([]float64, []float64) { return awayFromMargin(r, n, 0.05) }},
		{l: SquaredHinge(), label: plusMinusOne, finiteValue: predsBelow(1e150), finiteGrad: always,
			smooth: func(r *rand.Rand, n int) ([]float64, []float64) { return awayFromMargin(r, n, 0.05) }},
		{l: Poisson(), label: count, finiteValue: always, finiteGrad: always,
			smooth: func(r *rand.Rand, n int) ([]float64, []float64) {
				y := make([]float64, n)
				for i := range y {
					y[i] = float64(r.IntN(6))
				}
				return y, uniforms(r, n, 0.1, 5)
			}},
	}
	for _, gamma := range []float64{0, 0.5, 2, 5} {
		for _, alpha := range []float64{0.25, NoClassBalance} {
			out = append(out,
				testLoss{l: mustLoss(BinaryFocal(gamma, alpha)), label: unitInterval, smooth: binaryProbs, finiteValue: always, finiteGrad: always},
				testLoss{l: mustLoss(BinaryFocalFromLogits(gamma, alpha)), label: unitInterval, smooth: binaryLogits, finiteValue: always, finiteGrad: always},
			)
		}
	}
	return out
}

// labelsFor maps raw numbers into tl's label domain, shaped for n outputs.
func (tl testLoss) labelsFor(raw []float64, n int) []float64 {
	if tl.sparse {
		return []float64{tl.label(raw[0], n)}
	}
	y := make([]float64, n)
	for i := range y {
		y[i] = tl.label(raw[i%len(raw)], n)
	}
	return y
}
