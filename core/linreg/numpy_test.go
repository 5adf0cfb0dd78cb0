package linreg

import (
	"math"
	"testing"
)

// numpy's own output, as printed by many tutorials: np.random.seed(0)
// followed by np.random.randn(...) and np.random.rand(...) (8 digits).
var (
	numpySeed0Randn = []float64{1.76405235, 0.40015721, 0.97873798, 2.2408932, 1.86755799,
		-0.97727788, 0.95008842, -0.15135721, -0.10321885, 0.4105985, 0.14404357, 1.45427351,
		0.76103773, 0.12167502, 0.44386323, 0.33367433, 1.49407907, -0.20515826, 0.3130677,
		-0.85409574, -2.55298982, 0.6536186, 0.8644362, -0.74216502, 2.26975462, -1.45436567,
		0.04575852, -0.18718385, 1.53277921, 1.46935877, 0.15494743, 0.37816252, -0.88778575}
	numpySeed0Rand = []float64{0.5488135, 0.71518937, 0.60276338, 0.54488318, 0.4236548,
		0.64589411, 0.43758721, 0.891773, 0.96366276, 0.38344152, 0.79172504, 0.52889492}
)

func TestNumpyRandomMatchesNumpy(t *testing.T) {
	got := NewNumpyRandom(0).Randn(len(numpySeed0Randn))
	for i, want := range numpySeed0Randn {
		if math.Abs(got[i]-want) > 6e-9 {
			t.Errorf("randn draw %d: %.10f, numpy prints %.8f", i, got[i], want)
		}
	}
	r := NewNumpyRandom(0)
	for i, want := range numpySeed0Rand {
		if got := r.Rand(); math.Abs(got-want) > 6e-9 {
			t.Errorf("rand draw %d: %.10f, numpy prints %.8f", i, got, want)
		}
	}
	// The first 100 normals of seed 0 have mean 0.059808015534485 and
	// standard deviation 1.0078822447165796 (np.mean, np.std of
	// np.random.randn(100)): this checks draws past the first few.
	x := NewNumpyRandom(0).Randn(100)
	mean, sq := 0.0, 0.0
	for _, v := range x {
		mean += v / 100
	}
	for _, v := range x {
		sq += (v - mean) * (v - mean) / 100
	}
	if math.Abs(mean-0.059808015534485) > 1e-14 || math.Abs(math.Sqrt(sq)-1.0078822447165796) > 1e-14 {
		t.Errorf("100 draws: mean %.15f, std %.16f; numpy gives 0.059808015534485 and 1.0078822447165796", mean, math.Sqrt(sq))
	}
}
