package optim_test

import (
	"fmt"
	"math"

	"descent/core/optim"
)

// Adam on f(θ) = θ², whose gradient is 2θ. Early on, m̂/√v̂ ≈ ±1, so each
// step moves about η whatever the gradient's size.
func Example() {
	adam, err := optim.NewAdam(optim.AdamConfig{LR: 0.1, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8})
	if err != nil {
		fmt.Println(err)
		return
	}
	theta := []float64{3}
	grad := make([]float64, 1)
	for step := 1; step <= 5; step++ {
		grad[0] = 2 * theta[0]
		adam.Step(theta, grad)
		fmt.Printf("step %d: θ = %.4f  f = %.4f\n", step, theta[0], theta[0]*theta[0])
	}
	// Output:
	// step 1: θ = 2.9000  f = 8.4100
	// step 2: θ = 2.8001  f = 7.8406
	// step 3: θ = 2.7004  f = 7.2921
	// step 4: θ = 2.6009  f = 6.7648
	// step 5: θ = 2.5018  f = 6.2589
}

// New builds an optimizer by name; what it refuses, it explains.
func ExampleNew() {
	_, err := optim.New("adam", map[string]float64{"momentum": 0.9})
	fmt.Println(err)
	_, err = optim.New("adam", map[string]float64{"beta1": 1})
	fmt.Println(err)
	_, err = optim.New("adamm", nil)
	fmt.Println(err)
	opt, _ := optim.New("sgd", map[string]float64{"lr": 0.1, "momentum": 0.9, "nesterov": 1})
	fmt.Println(opt.Hyperparameters())
	// Output:
	// adam does not use momentum (it takes lr, beta1, beta2, eps, weight_decay)
	// beta1 must be in [0, 1), got 1
	// unknown optimizer "adamm" (valid: sgd, adagrad, rmsprop, adadelta, adam, amsgrad, adamw, adamax, nadam)
	// [{lr 0.1} {momentum 0.9} {dampening 0} {nesterov true} {weight_decay 0}]
}

// Params is what a command line or a settings screen is built from.
func ExampleParams() {
	specs, _ := optim.Params("rmsprop")
	for _, p := range specs {
		fmt.Printf("%-13s default %-6g %s\n", p.Name, p.Default, p.RangeString())
	}
	// Output:
	// lr            default 0.01   (0, ∞)
	// rho           default 0.99   [0, 1)
	// eps           default 1e-08  [0, ∞)
	// momentum      default 0      [0, 1)
	// centered      default 0      {0, 1}
	// weight_decay  default 0      [0, ∞)
}

// Plain gradient descent on f(θ) = 0.1θ₁² + 2θ₂² is stable only for
// η < 2/L = 0.5. Momentum lets the same η cross the long axis faster.
func ExampleSGD() {
	run := func(opt optim.Optimizer) float64 {
		theta, grad := []float64{-5, -2}, make([]float64, 2)
		for range 30 {
			grad[0], grad[1] = 0.2*theta[0], 4*theta[1]
			opt.Step(theta, grad)
		}
		return 0.1*theta[0]*theta[0] + 2*theta[1]*theta[1]
	}
	plain, _ := optim.NewSGD(optim.SGDConfig{LR: 0.4})
	heavy, _ := optim.NewSGD(optim.SGDConfig{LR: 0.4, Momentum: 0.5})
	fmt.Printf("plain:    f = %.4f\n", run(plain))
	fmt.Printf("momentum: f = %.4f\n", run(heavy))
	// Output:
	// plain:    f = 0.0168
	// momentum: f = 0.0000
}

// A warm-up then cosine schedule drives the learning rate through Apply.
func ExampleApply() {
	opt, _ := optim.New("adam", map[string]float64{"lr": 0.1})
	sched, _ := optim.NewWarmupCosine(0.1, 0.001, 3, 10)
	for step := range 11 {
		optim.Apply(opt, sched, step)
		fmt.Printf("%.4f ", opt.LearningRate())
	}
	fmt.Println()
	// Output:
	// 0.0333 0.0667 0.1000 0.0962 0.0855 0.0694 0.0505 0.0316 0.0155 0.0048 0.0010
}

// Clipping by global norm keeps the gradient's direction and caps its size.
func ExampleClipByGlobalNorm() {
	grad := []float64{30, -40}
	before := optim.ClipByGlobalNorm(grad, 5)
	fmt.Printf("norm %.0f → %.0f, grad %.0f\n", before, math.Hypot(grad[0], grad[1]), grad)
	// Output:
	// norm 50 → 5, grad [3 -4]
}
