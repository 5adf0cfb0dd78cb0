package optim_test

import (
	"math"
	"testing"

	"descent/core/optim"
)

// TensorFlow.js deviates from the published Adadelta and centered RMSprop
// (see testdata/README.md), so these two are checked against their papers,
// worked by hand. The gradients are fed in directly (1, then −2, then 0.5)
// because an optimizer only sees numbers: where they come from does not
// change its rule. θ starts at 1.

// Zeiler (2012), "ADADELTA: an adaptive learning rate method", Algorithm 1,
// with the paper's ρ = 0.95 and ε = 1e-6 and no learning rate (η = 1):
//
//	RMS[y] = √(E[y²] + ε)
//
// step 1, g = 1:
//
//	E[g²]  = 0.95·0 + 0.05·1²           = 0.05
//	RMS[Δ] = √(0 + 1e-6)                = 0.001
//	RMS[g] = √(0.05 + 1e-6)             = 0.2236090
//	Δ      = 0.001/0.2236090 · 1        = 0.004472091
//	E[Δ²]  = 0.95·0 + 0.05·0.004472091² = 9.999800e-7
//	θ      = 1 − 0.004472091            = 0.995527909
//
// step 2, g = −2:
//
//	E[g²]  = 0.95·0.05 + 0.05·4                 = 0.2475
//	RMS[Δ] = √(9.999800e-7 + 1e-6)              = 0.001414206
//	RMS[g] = √(0.2475 + 1e-6)                   = 0.4974947
//	Δ      = 0.001414206/0.4974947 · (−2)       = −0.005685313
//	E[Δ²]  = 0.95·9.999800e-7 + 0.05·0.005685313² = 2.566120e-6
//	θ      = 0.995527909 + 0.005685313          = 1.001213221
//
// step 3, g = 0.5:
//
//	E[g²]  = 0.95·0.2475 + 0.05·0.25            = 0.247625
//	RMS[Δ] = √(2.566120e-6 + 1e-6)              = 0.001888417
//	RMS[g] = √(0.247625 + 1e-6)                 = 0.4976203
//	Δ      = 0.001888417/0.4976203 · 0.5        = 0.001897448
//	θ      = 1.001213221 − 0.001897448          = 0.999315773
//
// TensorFlow.js would divide step 1 by √(0 + ε) (the E[g²] before the
// update) and move θ by a full 1.0.
func TestAdadeltaFollowsZeilerAlgorithm1(t *testing.T) {
	opt, err := optim.NewAdadelta(optim.AdadeltaConfig{LR: 1, Rho: 0.95, Eps: 1e-6})
	if err != nil {
		t.Fatal(err)
	}
	theta := []float64{1}
	for i, step := range []struct{ g, want float64 }{
		{1, 0.995527909}, {-2, 1.001213221}, {0.5, 0.999315773},
	} {
		opt.Step(theta, []float64{step.g})
		if math.Abs(theta[0]-step.want) > 1e-9 {
			t.Errorf("step %d: θ = %.10f, want %.9f (Zeiler 2012, Algorithm 1)", i+1, theta[0], step.want)
		}
	}
}

// Graves (2013), "Generating sequences with recurrent neural networks",
// eq. 38–41, with the paper's constants ℵ = ρ = 0.95, ℶ = μ = 0.9,
// ℷ = η = 1e-4 and ℸ = ε = 1e-4:
//
//	n ← ℵn + (1−ℵ)g²;  ḡ ← ℵḡ + (1−ℵ)g;  Δ ← ℶΔ − ℷ·g/√(n − ḡ² + ℸ);  θ ← θ + Δ
//
// step 1, g = 1:
//
//	n = 0.05,  ḡ = 0.05,  n − ḡ² = 0.05 − 0.0025 = 0.0475
//	√(0.0475 + 1e-4) = 0.2181742
//	Δ = 0.9·0 − 1e-4·1/0.2181742            = −4.583492e-4
//	θ = 1 − 4.583492e-4                      = 0.9995416508
//
// step 2, g = −2:
//
//	n = 0.95·0.05 + 0.05·4 = 0.2475,  ḡ = 0.95·0.05 − 0.1 = −0.0525
//	n − ḡ² = 0.2475 − 0.00275625 = 0.24474375;  √(0.24474375 + 1e-4) = 0.4948169
//	Δ = 0.9·(−4.583492e-4) + 1e-4·2/0.4948169 = −4.125143e-4 + 4.041899e-4 = −8.324398e-6
//	θ = 0.9995416508 − 8.324398e-6           = 0.9995333264
//
// step 3, g = 0.5:
//
//	n = 0.247625,  ḡ = 0.95·(−0.0525) + 0.025 = −0.024875
//	n − ḡ² = 0.247625 − 0.000618766 = 0.247006234;  √(… + 1e-4) = 0.4970978
//	Δ = 0.9·(−8.324398e-6) − 1e-4·0.5/0.4970978 = −7.491958e-6 − 1.005838e-4 = −1.080758e-4
//	θ = 0.9995333264 − 1.080758e-4           = 0.9994252506
func TestCenteredRMSpropFollowsGravesEquations38To41(t *testing.T) {
	opt, err := optim.NewRMSprop(optim.RMSpropConfig{LR: 1e-4, Rho: 0.95, Momentum: 0.9, Eps: 1e-4, Centered: true})
	if err != nil {
		t.Fatal(err)
	}
	theta := []float64{1}
	for i, step := range []struct{ g, want float64 }{
		{1, 0.9995416508}, {-2, 0.9995333264}, {0.5, 0.9994252506},
	} {
		opt.Step(theta, []float64{step.g})
		if math.Abs(theta[0]-step.want) > 1e-10 {
			t.Errorf("step %d: θ = %.11f, want %.10f (Graves 2013, eq. 38–41)", i+1, theta[0], step.want)
		}
	}
}
