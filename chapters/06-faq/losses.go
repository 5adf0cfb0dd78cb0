package faq

import (
	"context"
	"fmt"
	"math/rand/v2"

	"descent/chapters/book"
	"descent/core/loss"
	"descent/core/num"
	"descent/core/optim"
)

// lineWithOutliers draws n points y = 1 + 2x + 0.1·ε, x uniform in [0, 1],
// then moves a fraction of them 10 units up: a sensor that sometimes fails.
func lineWithOutliers(n int, outliers float64, rng *rand.Rand) (x []float64, y [][]float64) {
	for range n {
		xi := rng.Float64()
		yi := 1 + 2*xi + 0.1*rng.NormFloat64()
		if rng.Float64() < outliers {
			yi += 10
		}
		x, y = append(x, xi), append(y, []float64{yi})
	}
	return x, y
}

// fitLine fits p = a + b·x by minimizing the mean of l with Adam, taking
// ∂J/∂p from core/loss and the chain rule ∂p/∂a = 1, ∂p/∂b = x.
func fitLine(ctx context.Context, l loss.Loss, x []float64, y [][]float64, steps int) ([]float64, error) {
	opt, err := optim.New("adam", map[string]float64{"lr": 0.05})
	if err != nil {
		return nil, err
	}
	theta, grad := make([]float64, 2), make([]float64, 2)
	pred, dp := make([][]float64, len(x)), make([][]float64, len(x))
	for i := range x {
		pred[i], dp[i] = make([]float64, 1), make([]float64, 1)
	}
	for t := range steps {
		if t%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		for i, xi := range x {
			pred[i][0] = theta[0] + theta[1]*xi
		}
		loss.GradOfMean(l, y, pred, dp)
		grad[0], grad[1] = 0, 0
		for i, xi := range x {
			grad[0] += dp[i][0]
			grad[1] += dp[i][0] * xi
		}
		opt.Step(theta, grad)
	}
	return theta, nil
}

// runRobustLoss fits the same data with three regression losses.
func runRobustLoss(ctx context.Context, in book.Inputs, out book.Output) error {
	rng := rand.New(rand.NewPCG(uint64(in.Int("seed")), 37))
	x, y := lineWithOutliers(200, in.Float("outliers"), rng)
	huber, err := loss.Huber(in.Float("delta"))
	if err != nil {
		return err
	}
	var rows [][]string
	for _, l := range []loss.Loss{loss.MSE(), loss.MAE(), huber, loss.LogCosh()} {
		theta, err := fitLine(ctx, l, x, y, 2000)
		if err != nil {
			return err
		}
		rows = append(rows, []string{fmt.Sprint(l), num.Fixed(theta[0], 3), num.Fixed(theta[1], 3)})
	}
	out.Printf("200 points of y = 1 + 2x + 0.1·noise, %.0f%% of them moved up by 10; Adam, η = 0.05, 2000 steps\n", 100*in.Float("outliers"))
	out.Printf("%s", book.Table([]string{"loss", "intercept a (true 1)", "slope b (true 2)"}, rows))
	// cosh(1000) overflows float64, so log(cosh(r)) cannot be computed
	// directly; core/loss uses an exactly equivalent form.
	big := loss.LogCosh().Sample([]float64{0}, []float64{1000})
	out.Printf("log-cosh of a residual of 1000, where cosh(1000) overflows float64: %s\n", num.Fixed(big, 4))
	return nil
}
