package faq

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/mat"

	"descent/chapters/book"
	"descent/core/data"
	"descent/core/loss"
	"descent/core/nn"
	"descent/core/num"
	"descent/core/optim"
)

// sineData draws n points x uniform in [0, 1] with y = sin(2πx) + noise·ε:
// the classic curve-fitting example (Bishop 2006, §1.1).
func sineData(n int, noise float64, rng *rand.Rand) (x, y []float64) {
	for range n {
		xi := rng.Float64()
		x, y = append(x, xi), append(y, math.Sin(2*math.Pi*xi)+noise*rng.NormFloat64())
	}
	return x, y
}

// powers is the design matrix of a polynomial of the given degree: row i
// is (1, xᵢ, xᵢ², …, xᵢ^degree).
func powers(x []float64, degree int) *mat.Dense {
	phi := mat.NewDense(len(x), degree+1, nil)
	for i, xi := range x {
		for k := 0; k <= degree; k++ {
			phi.Set(i, k, math.Pow(xi, float64(k)))
		}
	}
	return phi
}

// ridge minimizes ½·(1/n)·‖Φw − y‖² + (α/2)·‖w‖², whose minimizer solves
// (ΦᵀΦ + n·α·I)·w = Φᵀy. (The constant term is penalized too, to keep the
// code short; with y centred near 0 it makes no visible difference.)
func ridge(phi *mat.Dense, y []float64, alpha float64) (*mat.VecDense, error) {
	n, p := phi.Dims()
	var a mat.Dense
	a.Mul(phi.T(), phi)
	for k := range p {
		a.Set(k, k, a.At(k, k)+float64(n)*alpha)
	}
	var b mat.VecDense
	b.MulVec(phi.T(), mat.NewVecDense(n, y))
	var w mat.VecDense
	if err := w.SolveVec(&a, &b); err != nil {
		return nil, fmt.Errorf("α = %g: %w", alpha, err)
	}
	return &w, nil
}

// evaluate returns the polynomial w at each x.
func evaluate(w *mat.VecDense, x []float64) []float64 {
	var pred mat.VecDense
	pred.MulVec(powers(x, w.Len()-1), w)
	return pred.RawVector().Data
}

// meanSquaredError is (1/n)·Σ (predᵢ − yᵢ)².
func meanSquaredError(pred, y []float64) float64 {
	s := 0.0
	for i := range pred {
		s += (pred[i] - y[i]) * (pred[i] - y[i])
	}
	return s / float64(len(pred))
}

// penaltyAlphas are the penalty strengths both regularization cells try.
var penaltyAlphas = []float64{1e-12, 1e-9, 1e-6, 1e-4, 1e-3, 1e-2, 1e-1, 1}

// runPenaltyTrainVal fits one training set at every α and scores each fit
// on the training points and on fresh validation points. The training
// error it reports is the plain mean squared error, without the penalty.
func runPenaltyTrainVal(ctx context.Context, in book.Inputs, out book.Output) error {
	rng := rand.New(rand.NewPCG(uint64(in.Int("seed")), 47))
	noise, degree := in.Float("noise"), in.Int("degree")
	x, y := sineData(in.Int("points"), noise, rng)
	xVal, yVal := sineData(500, noise, rng)
	phi := powers(x, degree)
	var rows [][]string
	var trainCurve, valCurve []float64
	for _, alpha := range penaltyAlphas {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		w, err := ridge(phi, y, alpha)
		if err != nil {
			return err
		}
		trainMSE, valMSE := meanSquaredError(evaluate(w, x), y), meanSquaredError(evaluate(w, xVal), yVal)
		rows = append(rows, []string{num.G(alpha), num.Fixed(trainMSE, 4), num.Fixed(valMSE, 4), num.Sig(mat.Norm(w, 2), 3)})
		trainCurve, valCurve = append(trainCurve, trainMSE), append(valCurve, valMSE)
	}
	out.Printf("one training set of %d points, a validation set of 500, degree %d, noise σ = %s\n", len(x), degree, num.G(noise))
	out.Printf("%s", book.Table([]string{"α", "training MSE", "validation MSE", "‖w‖"}, rows))
	book.PrintCurves(out, []book.Series{{Name: "training MSE", Values: trainCurve}, {Name: "validation MSE", Values: valCurve}},
		book.CurveOptions{LogY: true, Height: 8, Caption: "against α = 1e-12 … 1 (left to right)"})
	return nil
}

// runBiasVariance answers "why does a penalty help?" by measurement: it
// draws R training sets, fits each with ridge at every α, and splits the
// expected test error at points x on a grid into
//
//	E[(f̂(x) − y)²] = (E f̂(x) − f(x))² + Var f̂(x) + σ²
//	                    bias²           variance   noise
//
// averaged over the grid, where f(x) = sin(2πx) is the truth and the
// expectation is over training sets. The plug-in bias² (f̄ − f)², with f̄
// the mean of R fits, is too large by Var/R on average (f̄ is itself an
// estimate); subtracting s²/R, with s² the variance over R − 1, removes
// that error in expectation.
func runBiasVariance(ctx context.Context, in book.Inputs, out book.Output) error {
	sets := in.Int("sets")
	rng := rand.New(rand.NewPCG(uint64(in.Int("seed")), 23))
	grid := make([]float64, 50)
	for i := range grid {
		grid[i] = (float64(i) + 0.5) / float64(len(grid))
	}
	noise := in.Float("noise")
	// predictions[k][s][i]: α number k, training set s, grid point i.
	predictions := make([][][]float64, len(penaltyAlphas))
	for set := range sets {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if set%50 == 0 {
			out.Progress("training set %d/%d", set+1, sets)
		}
		x, y := sineData(in.Int("points"), noise, rng)
		phi := powers(x, in.Int("degree"))
		for k, alpha := range penaltyAlphas {
			w, err := ridge(phi, y, alpha)
			if err != nil {
				return err
			}
			predictions[k] = append(predictions[k], evaluate(w, grid))
		}
	}
	var rows [][]string
	var biasCurve, varianceCurve []float64
	testNoise := rand.New(rand.NewPCG(uint64(in.Int("seed")), 41))
	r := float64(sets)
	for k, alpha := range penaltyAlphas {
		plugIn, spread, measured := 0.0, 0.0, 0.0 // spread: Σ (f̂ − f̄)²/R, the plug-in variance
		for i, xi := range grid {
			mean := 0.0
			for s := range sets {
				mean += predictions[k][s][i] / r
			}
			truth := math.Sin(2 * math.Pi * xi)
			plugIn += (mean - truth) * (mean - truth) / float64(len(grid))
			for s := range sets {
				d := predictions[k][s][i] - mean
				spread += d * d / r / float64(len(grid))
				// A fresh test target at xi, to check the decomposition.
				e := predictions[k][s][i] - (truth + noise*testNoise.NormFloat64())
				measured += e * e / r / float64(len(grid))
			}
		}
		variance := spread * r / (r - 1) // s², unbiased
		correction := variance / r       // = spread/(R − 1): the Monte Carlo error of f̄, squared
		bias2 := plugIn - correction
		rows = append(rows, []string{num.G(alpha), num.Fixed(plugIn, 4), num.Fixed(correction, 4), num.Fixed(bias2, 4),
			num.Fixed(variance, 4), num.Fixed(bias2+variance+noise*noise, 4), num.Fixed(measured, 4)})
		biasCurve, varianceCurve = append(biasCurve, bias2), append(varianceCurve, variance)
	}
	out.Printf("degree %d, %d points per training set, R = %d training sets, noise σ = %s (σ² = %s)\n",
		in.Int("degree"), in.Int("points"), sets, num.G(noise), num.Fixed(noise*noise, 4))
	out.Printf("%s", book.Table([]string{"α", "plug-in bias²", "Var/R", "bias²", "variance", "bias² + var + σ²", "measured MSE"}, rows))
	book.FrameCurves(out, []book.Series{{Name: "bias²", Values: biasCurve}, {Name: "variance", Values: varianceCurve}},
		book.CurveOptions{LogY: true, Height: 8, Caption: "against α = 1e-12 … 1 (left to right); bias² ≤ 0 is left out"})
	return nil
}

// runEarlyStopping trains a network that is too big for its data, with a
// validation split, once for every epoch asked and once with early
// stopping, and scores both on fresh data.
func runEarlyStopping(ctx context.Context, in book.Inputs, out book.Output) error {
	seed := uint64(in.Int("seed"))
	train, err := data.Generate("binary100", 200, seed)
	if err != nil {
		return err
	}
	test, _ := data.Generate("binary100", 2000, seed) // same hidden rule: the stream starts with it
	test.X, test.Y = test.X[200:], test.Y[200:]       // and these rows were never trained on
	fit := func(stop *nn.EarlyStopping, onEvent func(nn.Event)) (*nn.History, map[string]float64, error) {
		m, err := nn.NewSequential(100, seed, nn.Dense(64, nn.ReLU()), nn.Dense(1, nn.Sigmoid()))
		if err != nil {
			return nil, nil, err
		}
		opt, _ := optim.New("adam", map[string]float64{"lr": 0.001})
		if err := m.Compile(opt, loss.BinaryCrossentropy(), nn.BinaryAccuracy("accuracy")); err != nil {
			return nil, nil, err
		}
		h, err := m.Fit(ctx, train.X, train.Y, nn.FitConfig{Epochs: in.Int("epochs"), BatchSize: 16,
			Shuffle: true, Seed: seed, ValidationSplit: 0.25, EarlyStopping: stop, OnEvent: onEvent})
		if err != nil {
			return nil, nil, err
		}
		scores, err := m.Evaluate(test.X, test.Y)
		return h, scores, err
	}
	var trainLoss, valLoss []float64
	full, fullTest, err := fit(nil, func(e nn.Event) {
		if e.Kind == nn.EpochEnd {
			out.Progress("epoch %d/%d", e.Epoch, e.Epochs)
			trainLoss, valLoss = append(trainLoss, e.Values[slices.Index(e.Names, "loss")]), append(valLoss, e.Values[slices.Index(e.Names, "val_loss")])
			out.Frame(book.Curves([]book.Series{{Name: "training loss", Values: trainLoss}, {Name: "validation loss", Values: valLoss}},
				book.CurveOptions{Caption: fmt.Sprintf("epoch %d of %d", e.Epoch, e.Epochs)}))
		}
	})
	if err != nil {
		return err
	}
	stopped, stoppedTest, err := fit(&nn.EarlyStopping{Monitor: "val_loss", Patience: in.Int("patience"), RestoreBestWeights: true}, nil)
	if err != nil {
		return err
	}
	best := 0
	for e, v := range valLoss {
		if v < valLoss[best] {
			best = e
		}
	}
	out.Printf("150 rows train, 50 validate, 1900 fresh rows test; Dense(64, relu) → Dense(1, sigmoid), Adam η = 0.001\n")
	out.Printf("validation loss is lowest at epoch %d (%.4f); at epoch %d it is %.4f\n", best+1, valLoss[best], full.Epochs, valLoss[len(valLoss)-1])
	out.Printf("%s", book.Table([]string{"run", "epochs", "test loss", "test accuracy"}, [][]string{
		{"all epochs", fmt.Sprint(full.Epochs), fmt.Sprintf("%.4f", fullTest["loss"]), fmt.Sprintf("%.1f%%", 100*fullTest["accuracy"])},
		{fmt.Sprintf("early stopping, patience %d", in.Int("patience")), fmt.Sprint(stopped.Epochs),
			fmt.Sprintf("%.4f", stoppedTest["loss"]), fmt.Sprintf("%.1f%%", 100*stoppedTest["accuracy"])},
	}))
	out.Printf("early stopping: %s\n", stopped.Detail)
	return nil
}
