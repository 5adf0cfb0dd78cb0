package optim_test

import (
	"math"
	"testing"

	"descent/core/optim"
)

// The values PyTorch's OneCycleLR(max_lr=1, total_steps=11, pct_start=0.3)
// gives (div_factor 25, final_div_factor 1e4, cosine annealing): phase one
// ends at step 0.3·11 − 1 = 2.3, phase two at step 10.
func TestOneCycleMatchesPyTorchsFormula(t *testing.T) {
	s, err := optim.NewOneCycle(1, 11, 0.3)
	if err != nil {
		t.Fatal(err)
	}
	anneal := func(a, b, p float64) float64 { return b + 0.5*(a-b)*(1+math.Cos(math.Pi*p)) }
	want := map[int]float64{
		0:  0.04,
		1:  anneal(0.04, 1, 1/2.3),
		2:  anneal(0.04, 1, 2/2.3),
		3:  anneal(1, 4e-6, 0.7/7.7),
		6:  anneal(1, 4e-6, 3.7/7.7),
		10: 4e-6,
		50: 4e-6,
		-3: 0.04,
	}
	for step, w := range want {
		if got := s.Rate(step); math.Abs(got-w) > 1e-12 {
			t.Errorf("Rate(%d) = %.12g, want %.12g", step, got, w)
		}
	}
	// It rises to the peak (between steps 2 and 3 here), then falls.
	for i := 1; i < 11; i++ {
		if rising := i <= 3; rising != (s.Rate(i) > s.Rate(i-1)) {
			t.Errorf("Rate(%d) = %g after Rate(%d) = %g: want a rise through step 3 and a fall after it", i, s.Rate(i), i-1, s.Rate(i-1))
		}
	}
}

func TestOneCycleRejectsBadValues(t *testing.T) {
	for _, c := range []struct {
		lr    float64
		total int
		pct   float64
	}{{-1, 100, 0.3}, {math.NaN(), 100, 0.3}, {0.1, 1, 0.3}, {0.1, 100, 0}, {0.1, 100, 1}, {0.1, 100, math.NaN()}} {
		if _, err := optim.NewOneCycle(c.lr, c.total, c.pct); err == nil {
			t.Errorf("NewOneCycle(%g, %d, %g) should be an error", c.lr, c.total, c.pct)
		}
	}
	// A hand-made literal with zero factors still gives finite rates.
	s := optim.OneCycle{MaxLR: 0.1, TotalSteps: 0, PctStart: 0.3}
	for i := range 5 {
		if r := s.Rate(i); math.IsNaN(r) || math.IsInf(r, 0) || r < 0 {
			t.Errorf("Rate(%d) = %g", i, r)
		}
	}
}
